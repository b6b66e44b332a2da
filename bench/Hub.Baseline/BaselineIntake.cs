namespace Hub.Baseline;

internal sealed record BaselineIntake(
    Guid Id, string Name, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int Capacity, int AcceptedCount, int SeatsLeft, string Status, DateTimeOffset CreatedAt, uint Version);
