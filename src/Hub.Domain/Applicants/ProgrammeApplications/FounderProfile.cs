using Hub.Domain.Common;

namespace Hub.Domain.Applicants.ProgrammeApplications;

/// <summary>
/// What the programme keeps about a founder (and no more, under the GDPR): name, gender and birth year for the
/// donor's indicators, soum of residence, phone and spoken languages.
/// </summary>
public sealed record FounderProfile
{
    public const int EarliestBirthYear = 1930;
    public const int YoungestAge = 14;

    // For the persistence layer, which fills the properties itself.
    private FounderProfile()
    {
        FullName = Soum = string.Empty;
        Phone = null!;
        Languages = [];
    }

    private FounderProfile(string fullName, Gender gender, int birthYear, string soum, PhoneNumber phone, IReadOnlyList<LanguageCode> languages)
    {
        FullName = fullName;
        Gender = gender;
        BirthYear = birthYear;
        Soum = soum;
        Phone = phone;
        Languages = languages;
    }

    public string FullName { get; }

    public Gender Gender { get; }

    public int BirthYear { get; }

    /// <summary>The soum (district) of residence, in Cyrillic or Latin script.</summary>
    public string Soum { get; }

    public PhoneNumber Phone { get; }

    public IReadOnlyList<LanguageCode> Languages { get; }

    /// <summary>The same profile without what names or reaches the person; gender, birth year, soum and languages stay for the anonymous counts.</summary>
    public FounderProfile Erased() =>
        new(ErasedPerson.Name, Gender, BirthYear, Soum, PhoneNumber.Create(ErasedPerson.Phone), Languages);

    public static FounderProfile Create(string fullName, Gender gender, int birthYear, string soum, string phone, IEnumerable<string> languages, DateTimeOffset now)
    {
        var latest = now.Year - YoungestAge;
        if (birthYear < EarliestBirthYear || birthYear > latest)
        {
            throw new InvalidValueException("founder.birthYear", $"'birthYear' must be between {EarliestBirthYear} and {latest}.");
        }

        var codes = languages.Select(l => LanguageCode.Create(l, "founder.languages")).Distinct().ToList();
        if (codes.Count == 0)
        {
            throw new InvalidValueException("founder.languages", "Name at least one language the founder speaks.");
        }

        return new FounderProfile(
            Guard.Text(fullName, "founder.fullName", 200),
            gender,
            birthYear,
            Guard.Text(soum, "founder.soum", 100),
            PhoneNumber.Create(phone, "founder.phone"),
            codes);
    }
}
