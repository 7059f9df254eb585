"""The ordering of the meetings list. The filters themselves are the domain apps' FilterSets
(meetings.filters, commitments.filters), which the public pages read too."""

from rest_framework.filters import OrderingFilter


class MeetingOrdering(OrderingFilter):
    """`?ordering=updated_at` sorts by the last change the caller may know of (meetings_for's
    `shown_updated_at`): a closed meeting's hidden edits must not move it up the list."""

    aliases = {"updated_at": "shown_updated_at", "-updated_at": "-shown_updated_at"}

    def get_ordering(self, request, queryset, view):
        ordering = super().get_ordering(request, queryset, view)
        if not ordering:
            return ordering
        terms = [self.aliases.get(term, term) for term in ordering]
        # Equal values keep one order on every database (ties by id), so a page never moves a
        # meeting for reasons the reader cannot see.
        return terms if {"pk", "-pk", "id", "-id"} & set(terms) else [*terms, "pk"]
