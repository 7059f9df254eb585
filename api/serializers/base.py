from django.db import models
from rest_framework import serializers


class ModelSerializer(serializers.ModelSerializer):
    """Links and e-mail addresses are optional in the records, so an unset one reads as "";
    they are described as plain strings (the models still validate them on every write)."""

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.URLField: serializers.CharField,
        models.EmailField: serializers.CharField,
    }
