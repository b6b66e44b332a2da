using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Tests.TestDoubles;
using Hub.Domain.Applicants.Intakes;

namespace Hub.Application.Tests.Common.Persistence;

public sealed class VersionCheckTests
{
    private static Intake NewIntake()
    {
        var now = FixedClock.DefaultNow;
        return Intake.Schedule("Spring cohort", now.AddDays(1), now.AddDays(30), 20, Guid.NewGuid(), now);
    }

    [Fact]
    public void Stale_version_is_refused_as_a_conflict()
    {
        var intake = NewIntake();

        var exception = Assert.Throws<ConflictException>(() => intake.EnsureVersion(7));

        Assert.Contains("version 0", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matching_version_passes()
    {
        var intake = NewIntake();

        var exception = Record.Exception(() => intake.EnsureVersion(0));

        Assert.Null(exception);
    }

    [Fact]
    public void No_expected_version_passes()
    {
        var intake = NewIntake();

        var exception = Record.Exception(() => intake.EnsureVersion(null));

        Assert.Null(exception);
    }
}
