"""The API's rate limits, counted so that every web process adds to one number.

DRF's own throttles read a client's request history from the cache, add the new request and
write the list back. Two gunicorn workers answering the same client at once both read the old
list, and the last write forgets the other's request: under load most requests go uncounted,
even with Redis shared by every worker. Here each request is one atomic increment (Redis INCR)
of a counter that lives for the rate's period from the client's first request in it, so
concurrent requests on any number of workers are all counted.
"""

from rest_framework import throttling


class CountedThrottleMixin:
    def allow_request(self, request, view) -> bool:
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        self.now = self.timer()
        # Both keys live for one period from the first request in it; add() never overwrites.
        self.cache.add(f"{self.key}:start", self.now, self.duration)
        self.cache.add(self.key, 0, self.duration)
        try:
            count = self.cache.incr(self.key)
        except ValueError:  # the period ended between add() and incr()
            self.cache.set(self.key, 1, self.duration)
            count = 1
        return count <= self.num_requests

    def wait(self) -> float:
        started = self.cache.get(f"{self.key}:start", self.now)
        return max(self.duration - (self.now - started), 1.0)


class AnonRateThrottle(CountedThrottleMixin, throttling.AnonRateThrottle):
    """Anonymous callers, per client address (behind API_NUM_PROXIES proxies)."""


class UserRateThrottle(CountedThrottleMixin, throttling.UserRateThrottle):
    """Logged-in callers, per account."""


class ScopedRateThrottle(CountedThrottleMixin, throttling.ScopedRateThrottle):
    """A view's own limit (`throttle_scope`), e.g. logging in."""

    def allow_request(self, request, view) -> bool:
        # DRF's ScopedRateThrottle learns its rate from the view here, before counting.
        self.scope = getattr(view, self.scope_attr, None)
        if not self.scope:
            return True
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)
