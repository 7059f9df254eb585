from rest_framework.pagination import PageNumberPagination


class StablePagination(PageNumberPagination):
    """Page numbers with next/previous links; views order by a unique key last, so pages are
    stable while rows are added."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
