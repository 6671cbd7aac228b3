#pragma once

namespace dataarts {

// How often and how patiently a job repeats an attempt. Only failures that are safe to
// repeat are retried: 429 (the gateway did not process the request), and for requests that
// are safe to repeat (or provably never left) network errors, timeouts, 5xx and unreadable
// answers. A 401 is never retried, except once after a clock-skew correction.
struct RetryPolicy {
    int maxAttempts = 4;             // attempts for network / timeout / 5xx / bad body
    int maxRateLimitedAttempts = 12; // attempts when the answers are 429
    int baseBackoffMs = 500;         // first backoff; doubles each time, jittered 50-100 %
    int maxBackoffMs = 10000;
    int throttleFallbackMinMs = 2000; // 429 without Retry-After: pause 2-5 s (Huawei's advice)
    int throttleFallbackMaxMs = 5000;
    int maxRetryAfterMs = 120000; // a longer Retry-After is capped to this
};

} // namespace dataarts
