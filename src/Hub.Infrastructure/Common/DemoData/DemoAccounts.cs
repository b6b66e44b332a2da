using Bogus;
using Hub.Domain.Common;

namespace Hub.Infrastructure.Common.DemoData;

/// <summary>The demo's people, generated from a fixed seed; printed by <c>./hub run</c> and the README.</summary>
internal static class DemoAccounts
{
    public const string Password = "demo-pass-2026";
    public const string ManagerEmail = "manager@demo.eu-dieh.example.org";
    public const string ManagerName = "Оюунчимэг Батсүх";
    public const int FounderCount = 60;

    public static readonly IReadOnlyList<DemoFounder> Founders = GenerateFounders();

    /// <summary>The demo's staff besides the manager: trainers run sessions, judges score Demo Day pitches, evaluators score seed-capital proposals.</summary>
    public static readonly IReadOnlyList<DemoStaffMember> Staff =
    [
        new("trainer1@demo.eu-dieh.example.org", "Энхжаргал Должин", Roles.Trainer),
        new("trainer2@demo.eu-dieh.example.org", "Ganbold Tserendorj", Roles.Trainer),
        new("trainer3@demo.eu-dieh.example.org", "Maja Novak", Roles.Trainer),
        new("judge1@demo.eu-dieh.example.org", "Бямбасүрэн Отгон", Roles.Judge),
        new("judge2@demo.eu-dieh.example.org", "Eleni Papadaki", Roles.Judge),
        new("judge3@demo.eu-dieh.example.org", "Mehmet Aydın", Roles.Judge),
        new("judge4@demo.eu-dieh.example.org", "Luka Kranjc", Roles.Judge),
        new("judge5@demo.eu-dieh.example.org", "Сарантуяа Жаргал", Roles.Judge),
        new("evaluator1@demo.eu-dieh.example.org", "Нарантуяа Батбаяр", Roles.Evaluator),
        new("evaluator2@demo.eu-dieh.example.org", "Nikos Georgiou", Roles.Evaluator),
        new("evaluator3@demo.eu-dieh.example.org", "Ayşe Yılmaz", Roles.Evaluator),
    ];

    private static List<DemoFounder> GenerateFounders()
    {
        var faker = new Faker { Random = new Randomizer(2023) };
        return Enumerable.Range(1, FounderCount).Select(number =>
        {
            var isMale = faker.Random.Bool(0.45f);
            var given = faker.PickRandom(isMale ? MongolianNames.MaleGivenNames : MongolianNames.FemaleGivenNames);
            return new DemoFounder(number, $"founder{number:00}@demo.eu-dieh.example.org", $"{faker.PickRandom(MongolianNames.Patronymics)} {given}", isMale);
        }).ToList();
    }
}
