namespace Hub.Domain.SeedCapital;

/// <summary>The currencies the programme pays in: tögrög by default, euros for EU-funded lines.</summary>
public enum Currency
{
    MNT,
    EUR,
}
