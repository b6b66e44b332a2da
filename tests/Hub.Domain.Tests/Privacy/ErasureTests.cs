using Hub.Domain.Common;
using Hub.Domain.Privacy.Erasures;

namespace Hub.Domain.Tests.Privacy;

public sealed class ErasureTests
{
    private static readonly Guid Subject = new("0197a000-0000-7000-8000-0000000000a1");
    private static readonly Guid Manager = new("0197a000-0000-7000-8000-0000000000a2");

    [Fact]
    public void An_erasure_logs_who_asked_when_and_why_and_whose_user_id_it_was()
    {
        var erasure = Erasure.Completed(Subject, "  The founder asked by letter.  ", Manager, TestClock.Now);

        Assert.Equal(Subject, erasure.SubjectUserId);
        Assert.Equal(Manager, erasure.RequestedBy);
        Assert.Equal("The founder asked by letter.", erasure.Reason);
        Assert.Equal(ErasureStatus.Completed, erasure.Status);
        Assert.Equal(TestClock.Now, erasure.CompletedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_erasure_needs_a_reason(string reason) =>
        Assert.Throws<InvalidValueException>(() => Erasure.Completed(Subject, reason, Manager, TestClock.Now));

    [Fact]
    public void A_reason_longer_than_its_column_is_refused() =>
        Assert.Throws<InvalidValueException>(() => Erasure.Completed(Subject, new string('x', Erasure.MaxReasonLength + 1), Manager, TestClock.Now));
}
