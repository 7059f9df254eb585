"""Stable addresses: each dataset keeps its slug, and its files their names, for harvesters."""

from django.urls import path

from opendata import views

app_name = "opendata"

urlpatterns = [
    path("", views.data_index, name="index"),
    path("catalog.json", views.catalog_json, name="catalog"),
    path("datapackage.json", views.datapackage_json, name="datapackage"),
    path("meetings.ocd.json", views.meetings_ocd, name="ocd"),
    path("meetings.ocd/<int:pk>.json", views.meeting_ocd, name="ocd-event"),
    path("<slug:slug>/", views.dataset_page, name="dataset"),
    path("<slug:slug>/metadata.json", views.dataset_metadata_json, name="metadata"),
    path("<slug:slug>.csv", views.dataset_csv, name="csv"),
    path("<slug:slug>.json", views.dataset_json, name="json"),
]
