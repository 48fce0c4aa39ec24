"""The Python baselines' lab clock: the same NTP-style estimate as the agents (t0 local, Redis
TIME, t1 local; offset = server - (t0+t1)/2 of the lowest-RTT sample of a burst)."""
import time


def clock_offset_us(r, samples=8):
    """Offset of the local clock to the Redis server's, microseconds (r: a redis.Redis)."""
    best = None
    for _ in range(samples):
        t0 = time.time_ns() // 1000
        sec, usec = r.time()
        t1 = time.time_ns() // 1000
        rtt = t1 - t0
        if best is None or rtt < best[0]:
            best = (rtt, sec * 1_000_000 + usec - (t0 + t1) // 2)
    return best[1]
