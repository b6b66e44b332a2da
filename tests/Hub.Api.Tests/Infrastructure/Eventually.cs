namespace Hub.Api.Tests.Infrastructure;

/// <summary>Waits, bounded, for something a background job does.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The expected effect did not happen in time.");
            }

            await Task.Delay(50);
        }
    }
}
