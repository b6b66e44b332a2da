using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital.Proposals;

/// <summary>A step of the project; a grant pays one tranche, of this amount, once the founder reports it done and a manager approves.</summary>
public sealed record Milestone
{
    private Milestone(string title, DateOnly dueOn, decimal amount)
    {
        Title = title;
        DueOn = dueOn;
        Amount = amount;
    }

    public string Title { get; }

    public DateOnly DueOn { get; }

    public decimal Amount { get; }

    public static Milestone Create(string title, DateOnly dueOn, decimal amount, Currency currency)
    {
        var money = Money.Of(amount, currency, "milestones.amount");
        return money.Amount > 0
            ? new(Guard.Text(title, "milestones.title", 200), dueOn, money.Amount)
            : throw new InvalidValueException("milestones.amount", "A milestone's tranche must be more than 0.");
    }
}
