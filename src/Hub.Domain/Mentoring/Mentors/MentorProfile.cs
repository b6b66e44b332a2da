using Hub.Domain.Common;
using Hub.Domain.Mentoring.Matching;

namespace Hub.Domain.Mentoring.Mentors;

/// <summary>What a mentor tells about themself: checked once here, whoever edits it.</summary>
public sealed record MentorProfile(
    string FullName,
    string Country,
    string TimeZone,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Expertise,
    int Capacity,
    string Bio)
{
    public const int MaxCapacity = 20;

    public static MentorProfile Create(
        string fullName, string country, string timeZone, IEnumerable<string> languages, IEnumerable<string> expertise, int capacity, string? bio)
    {
        var codes = languages.Select(l => LanguageCode.Create(l, "languages").Value).Distinct().ToList();
        if (codes.Count == 0)
        {
            throw new InvalidValueException("languages", "Name at least one language the mentor speaks.");
        }

        var sectors = expertise
            .Select(s => Enum.TryParse<ExpertiseSector>(s, ignoreCase: true, out var sector) && Enum.IsDefined(sector) && !int.TryParse(s, out _)
                ? sector.ToString()
                : throw new InvalidValueException("expertise", $"'{s}' is not a sector ({string.Join(", ", Enum.GetNames<ExpertiseSector>())})."))
            .Distinct()
            .ToList();

        if (!WorkingHours.IsKnownTimeZone(timeZone))
        {
            throw new InvalidValueException("timeZone", $"'{timeZone}' is not an IANA time zone (e.g. Europe/Ljubljana).");
        }

        if (capacity is < 0 or > MaxCapacity)
        {
            throw new InvalidValueException("capacity", $"'capacity' must be between 0 and {MaxCapacity}.");
        }

        return new MentorProfile(
            Guard.Text(fullName, "fullName", 200),
            Guard.Text(country, "country", 100),
            timeZone.Trim(),
            codes,
            sectors,
            capacity,
            string.IsNullOrWhiteSpace(bio) ? string.Empty : Guard.Text(bio, "bio", 2000));
    }
}
