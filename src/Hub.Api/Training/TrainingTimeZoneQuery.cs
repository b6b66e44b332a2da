namespace Hub.Api.Training;

internal static class TrainingTimeZoneQuery
{
    public const string Description = "The viewer's IANA time zone for startsAtLocal (default Asia/Ulaanbaatar); an unknown one is a 400.";
}
