namespace Hub.Domain.SeedCapital.Grants;

public enum TrancheStatus
{
    /// <summary>The milestone is not reported yet.</summary>
    Pending,

    /// <summary>The founder reported the milestone done; a manager is to approve it.</summary>
    Reported,

    /// <summary>Approved and paid out.</summary>
    Released,
}
