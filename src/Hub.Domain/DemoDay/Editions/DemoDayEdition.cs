using Hub.Domain.Common;
using Hub.Domain.DemoDay.Editions.Events;
using Hub.Domain.DemoDay.Ranking;

namespace Hub.Domain.DemoDay.Editions;

/// <summary>
/// A Demo Day (named "edition" in code, since DemoDay is the module's namespace): its scale and weighted criteria,
/// pitches, judges, declared conflicts, results and awards. Draft → Scoring → Closed → Published; judges score
/// until it closes, results are computed in the background once it is closed.
/// </summary>
public sealed class DemoDayEdition : AggregateRoot<DemoDayEditionId>
{
    public const int MaxCriteria = 20;
    public const int MaxPitches = 2_000;
    public const int MaxJudges = 500;
    public const decimal ScaleLimit = 1_000_000m;

    private List<Criterion> _criteria = [];
    private List<Pitch> _pitches = [];
    private List<Judge> _judges = [];
    private List<DeclaredConflict> _conflicts = [];
    private List<Award> _awards = [];
    private List<MethodRanking> _rankings = [];

    private DemoDayEdition()
    {
    }

    public string Name { get; private set; } = string.Empty;

    public DateOnly HeldOn { get; private set; }

    public string? Venue { get; private set; }

    public decimal ScaleMin { get; private set; }

    public decimal ScaleMax { get; private set; }

    public IReadOnlyList<Criterion> Criteria => _criteria;

    public IReadOnlyList<Pitch> Pitches => _pitches;

    public IReadOnlyList<Judge> Judges => _judges;

    public IReadOnlyList<DeclaredConflict> Conflicts => _conflicts;

    public IReadOnlyList<Award> Awards => _awards;

    public IReadOnlyList<MethodRanking> Rankings => _rankings;

    public DemoDayStatus Status { get; private set; }

    public ResultsStatus? ResultsStatus { get; private set; }

    public string? ResultsFailureReason { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset? ResultsComputedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public bool IsOpenForScoring => Status is DemoDayStatus.Draft or DemoDayStatus.Scoring;

    public static DemoDayEdition Plan(
        string name, DateOnly heldOn, string? venue, decimal scaleMin, decimal scaleMax, IEnumerable<Criterion> criteria, Guid createdBy, DateTimeOffset now)
    {
        if (scaleMin >= scaleMax || scaleMin < -ScaleLimit || scaleMax > ScaleLimit)
        {
            throw new InvalidValueException("scaleMax", $"'scaleMax' must be greater than 'scaleMin', both within ±{ScaleLimit}.");
        }

        var list = criteria.Select(c => new Criterion(Guard.Text(c.Name, "criteria.name", 100), c.Weight)).ToList();
        if (list.Count is 0 or > MaxCriteria)
        {
            throw new InvalidValueException("criteria", $"A Demo Day needs 1 to {MaxCriteria} criteria.");
        }

        if (list.Any(c => c.Weight is <= 0 or > ScaleLimit))
        {
            throw new InvalidValueException("criteria.weight", "Every criterion's weight must be positive.");
        }

        if (list.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != list.Count)
        {
            throw new InvalidValueException("criteria.name", "Criterion names must differ.");
        }

        return new DemoDayEdition
        {
            Id = DemoDayEditionId.New(),
            Name = Guard.Text(name, "name", 200),
            HeldOn = heldOn,
            Venue = string.IsNullOrWhiteSpace(venue) ? null : Guard.Text(venue, "venue", 200),
            ScaleMin = scaleMin,
            ScaleMax = scaleMax,
            _criteria = list,
            Status = DemoDayStatus.Draft,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
    }

    public Pitch AddPitch(Guid applicationId, Guid founderUserId, string ventureName, int slot, DateTimeOffset? startsAt)
    {
        EnsureOpen("Pitches are added");
        if (slot is < 1 or > MaxPitches)
        {
            throw new InvalidValueException("slot", $"'slot' must be between 1 and {MaxPitches}.");
        }

        if (_pitches.Any(p => p.ApplicationId == applicationId))
        {
            throw new StateConflictException("demoday.pitch-duplicate", "This venture already pitches at this Demo Day.");
        }

        if (_pitches.Any(p => p.Slot == slot))
        {
            throw new StateConflictException("demoday.slot-taken", $"Slot {slot} is already taken.");
        }

        var pitch = new Pitch(Guid.CreateVersion7(), applicationId, founderUserId, ventureName, slot, startsAt?.ToUniversalTime());
        _pitches = [.. _pitches, pitch];
        return pitch;
    }

    public void AddJudge(Guid userId, string fullName, DateTimeOffset now)
    {
        EnsureOpen("Judges are invited");
        if (_judges.Any(j => j.UserId == userId))
        {
            throw new StateConflictException("demoday.judge-duplicate", "This person already judges this Demo Day.");
        }

        if (_judges.Count >= MaxJudges)
        {
            throw new BusinessRuleException("demoday.too-many-judges", $"A Demo Day has at most {MaxJudges} judges.");
        }

        _judges = [.. _judges, new Judge(userId, fullName, now)];
    }

    /// <summary>A judge was erased under the GDPR: their name goes; their place on the panel (and their score sheets) stay.</summary>
    public void ErasePersonalData(Guid userId) =>
        _judges = [.. _judges.Select(j => j.UserId == userId ? j with { FullName = ErasedPerson.Name } : j)];

    public void DeclareConflict(Guid judgeUserId, Guid pitchId, Guid declaredBy, DateTimeOffset now)
    {
        EnsureOpen("Conflicts are declared");
        EnsureJudge(judgeUserId);
        PitchOf(pitchId);
        if (_conflicts.Any(c => c.JudgeUserId == judgeUserId && c.PitchId == pitchId))
        {
            throw new StateConflictException("demoday.conflict-duplicate", "This conflict is already declared.");
        }

        _conflicts = [.. _conflicts, new DeclaredConflict(judgeUserId, pitchId, declaredBy, now)];
    }

    public void OpenScoring()
    {
        if (Status != DemoDayStatus.Draft)
        {
            throw new StateConflictException("demoday.not-draft", $"Scoring opens on a draft Demo Day; this one is {Status}.");
        }

        Status = DemoDayStatus.Scoring;
    }

    public bool IsJudge(Guid userId) => _judges.Any(j => j.UserId == userId);

    public bool HasDeclaredConflict(Guid judgeUserId, Guid pitchId) =>
        _conflicts.Any(c => c.JudgeUserId == judgeUserId && c.PitchId == pitchId);

    public Pitch? FindPitch(Guid pitchId) => _pitches.Find(p => p.Id == pitchId);

    /// <summary>Checks a sheet's scores: exactly the criteria, each within the scale. Answers S, the weighted score.</summary>
    public decimal WeightedScoreOf(IReadOnlyDictionary<string, decimal> scores)
    {
        if (!IsOpenForScoring)
        {
            throw new BusinessRuleException("demoday.scoring-closed", "Scoring of this Demo Day has closed.");
        }

        var unknown = scores.Keys.FirstOrDefault(name => !_criteria.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)));
        if (unknown is not null)
        {
            throw new BusinessRuleException("demoday.unknown-criterion", $"'{unknown}' is not a criterion of this Demo Day.");
        }

        var values = new List<(decimal Weight, decimal Value)>();
        foreach (var criterion in _criteria)
        {
            var given = scores.Where(s => string.Equals(s.Key, criterion.Name, StringComparison.OrdinalIgnoreCase)).Select(s => (decimal?)s.Value).ToList();
            if (given.Count != 1)
            {
                throw new BusinessRuleException("demoday.criterion-missing", $"Score '{criterion.Name}' exactly once.");
            }

            var value = given[0]!.Value;
            if (value < ScaleMin || value > ScaleMax)
            {
                throw new BusinessRuleException("demoday.out-of-scale", $"'{criterion.Name}' must be between {ScaleMin} and {ScaleMax}; {value} is not.");
            }

            values.Add((criterion.Weight, value));
        }

        return WeightedScore.Of(values);
    }

    public void Close(DateTimeOffset now)
    {
        if (!IsOpenForScoring)
        {
            throw new StateConflictException("demoday.already-closed", $"This Demo Day is already {Status}.");
        }

        Status = DemoDayStatus.Closed;
        ClosedAt = now;
        ResultsStatus = Editions.ResultsStatus.Queued;
    }

    public void StartResults()
    {
        if (ResultsStatus is not (Editions.ResultsStatus.Queued or Editions.ResultsStatus.Running))
        {
            throw new StateConflictException("demoday.results-not-queued", $"Results are {ResultsStatus?.ToString() ?? "not queued"}.");
        }

        ResultsStatus = Editions.ResultsStatus.Running;
    }

    public void CompleteResults(IEnumerable<MethodRanking> rankings, DateTimeOffset now)
    {
        _rankings = [.. rankings];
        ResultsStatus = Editions.ResultsStatus.Completed;
        ResultsFailureReason = null;
        ResultsComputedAt = now;
    }

    public void FailResults(string reason)
    {
        ResultsStatus = Editions.ResultsStatus.Failed;
        ResultsFailureReason = reason.Length > 500 ? reason[..500] : reason;
    }

    public MethodRanking? RankingBy(RankingMethod method) => _rankings.Find(r => r.Method == method);

    public Award Award(string category, Guid pitchId, DateTimeOffset now)
    {
        if (Status == DemoDayStatus.Published)
        {
            throw new StateConflictException("demoday.published", "Awards are given before the results are published.");
        }

        var name = Guard.Text(category, "category", 100);
        PitchOf(pitchId);
        if (_awards.Any(a => string.Equals(a.Category, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new StateConflictException("demoday.award-duplicate", $"'{name}' is already awarded.");
        }

        var award = new Award(Guid.CreateVersion7(), name, pitchId, now);
        _awards = [.. _awards, award];
        return award;
    }

    public void Publish(DateTimeOffset now)
    {
        if (Status != DemoDayStatus.Closed || ResultsStatus != Editions.ResultsStatus.Completed)
        {
            throw new StateConflictException("demoday.results-not-ready", "Results are published once the Demo Day is closed and its results are completed.");
        }

        Status = DemoDayStatus.Published;
        PublishedAt = now;
        Raise(new DemoDayResultsPublishedDomainEvent(Id, Name, HeldOn, _pitches, RankingBy(RankingMethod.ZScore)!, _awards, now));
    }

    private Pitch PitchOf(Guid pitchId) =>
        FindPitch(pitchId) ?? throw new BusinessRuleException("demoday.unknown-pitch", $"Pitch '{pitchId}' is not on this Demo Day.");

    private void EnsureJudge(Guid userId)
    {
        if (!IsJudge(userId))
        {
            throw new BusinessRuleException("demoday.not-a-judge", "This person does not judge this Demo Day.");
        }
    }

    private void EnsureOpen(string what)
    {
        if (!IsOpenForScoring)
        {
            throw new StateConflictException("demoday.closed", $"{what} until scoring closes; this Demo Day is {Status}.");
        }
    }
}
