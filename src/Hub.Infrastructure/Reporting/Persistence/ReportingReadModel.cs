using Hub.Application.Reporting;
using Hub.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Reporting.Persistence;

/// <summary>
/// Upserts in SQL, in the inbox's transaction: a row changes only when what arrives was recorded no earlier than what
/// is kept, so a repeated or late event cannot undo a correction. A person's attribute missing from an event keeps
/// the one already known.
/// </summary>
internal sealed class ReportingReadModel(ReportingDbContext context) : IReportingReadModel
{
    public async Task RecordPersonAsync(ReportedPerson person, CancellationToken cancellationToken)
    {
        var gender = Cut(person.Gender, ReportedPerson.MaxGenderLength);
        var soum = Cut(person.Soum, ReportedPerson.MaxSoumLength);
        await context.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO reporting.people (user_id, gender, birth_year, soum, recorded_at)
            VALUES ({person.UserId}, {gender}, {person.BirthYear}, {soum}, {person.RecordedAt})
            ON CONFLICT (user_id) DO UPDATE SET
                gender = COALESCE(excluded.gender, people.gender),
                birth_year = COALESCE(excluded.birth_year, people.birth_year),
                soum = COALESCE(excluded.soum, people.soum),
                recorded_at = excluded.recorded_at
            WHERE people.recorded_at <= excluded.recorded_at
            """,
            cancellationToken);
    }

    public async Task RecordFactsAsync(IReadOnlyCollection<ReportedFact> facts, CancellationToken cancellationToken)
    {
        foreach (var f in facts)
        {
            await context.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO reporting.facts (key, kind, subject_id, user_id, related_id, group_id, detail, quantity, amount_mnt, amount_eur, occurred_at, recorded_at)
                VALUES ({f.Key}, {f.Kind}, {f.SubjectId}, {f.UserId}, {f.RelatedId}, {f.GroupId}, {f.Detail}, {f.Quantity}, {f.AmountMnt}, {f.AmountEur}, {f.OccurredAt}, {f.RecordedAt})
                ON CONFLICT (key) DO UPDATE SET
                    kind = excluded.kind, subject_id = excluded.subject_id, user_id = excluded.user_id, related_id = excluded.related_id,
                    group_id = excluded.group_id, detail = excluded.detail, quantity = excluded.quantity, amount_mnt = excluded.amount_mnt,
                    amount_eur = excluded.amount_eur, occurred_at = excluded.occurred_at, recorded_at = excluded.recorded_at
                WHERE facts.recorded_at <= excluded.recorded_at
                """,
                cancellationToken);
        }
    }

    public async Task<ReportingSnapshot> ReadAsync(ReportingPeriod period, IReadOnlyCollection<string>? kinds, CancellationToken cancellationToken)
    {
        var start = period.Start;
        var end = period.End;
        var timeless = FactKinds.TrainingModule;
        var facts = context.Facts.AsNoTracking()
            .Where(f => (f.OccurredAt >= start && f.OccurredAt < end) || f.Kind == timeless);
        if (kinds is not null)
        {
            var wanted = kinds.ToList();
            facts = facts.Where(f => wanted.Contains(f.Kind));
        }

        var rows = await facts.ToListAsync(cancellationToken);
        var people = await context.People.AsNoTracking()
            .Where(p => facts.Any(f => f.UserId == p.UserId))
            .ToDictionaryAsync(p => p.UserId, cancellationToken);
        return new ReportingSnapshot(rows, people);
    }

    private static string? Cut(string? value, int length) => value is { Length: var n } && n > length ? value[..length] : value;
}
