namespace Chronicle.Gateway.Resilience;

/// <summary>
/// Caps retries to a share of the traffic, so that when a service struggles the gateway does
/// not multiply its load: every first attempt earns <c>Ratio</c> of a retry, a small allowance
/// (<c>MinPerSecond</c>) refills with time for quiet periods, and a retry spends one.
/// </summary>
public sealed class RetryBudget(double ratio, double minPerSecond, TimeProvider time)
{
    private readonly object _gate = new();
    private readonly double _capacity = Math.Max(1, minPerSecond * 10);
    private double _tokens = Math.Max(1, minPerSecond * 10);
    private long _refilledAt = time.GetTimestamp();

    public void RecordAttempt()
    {
        lock (_gate)
        {
            Refill();
            _tokens = Math.Min(_capacity, _tokens + ratio);
        }
    }

    public bool TryRetry()
    {
        lock (_gate)
        {
            Refill();
            if (_tokens < 1)
            {
                return false;
            }
            _tokens -= 1;
            return true;
        }
    }

    private void Refill()
    {
        var now = time.GetTimestamp();
        _tokens = Math.Min(_capacity, _tokens + time.GetElapsedTime(_refilledAt, now).TotalSeconds * minPerSecond);
        _refilledAt = now;
    }
}
