using Hub.Application.Identity.Commands.CreateUser;

namespace Hub.Application.Tests.Identity.Commands.CreateUser;

public sealed class CreateUserCommandValidatorTests
{
    private static readonly CreateUserCommand Valid = new("mentor@example.org", "Secret-123", "Enkh Tuya", "Mentor");

    private readonly CreateUserCommandValidator _validator = new();

    [Theory]
    [InlineData("Mentor")]
    [InlineData("judge")]
    [InlineData(" ADMIN ")]
    public void Known_role_in_any_case_is_valid(string role)
    {
        var result = _validator.Validate(Valid with { Role = role });

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("Partner")]
    [InlineData("Wizard")]
    [InlineData("")]
    public void Unknown_role_is_refused_with_the_roles_listed(string role)
    {
        var result = _validator.Validate(Valid with { Role = role });

        var error = Assert.Single(result.Errors);
        Assert.Equal("Role", error.PropertyName);
        Assert.Equal("'role' must be one of Admin, Manager, Mentor, Judge, Evaluator, Trainer, Founder.", error.ErrorMessage);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("")]
    public void Bad_email_is_refused(string email)
    {
        var result = _validator.Validate(Valid with { Email = email });

        Assert.Equal(["Email"], result.Errors.Select(e => e.PropertyName).Distinct());
    }
}
