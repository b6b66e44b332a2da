using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Identity.Commands.CreateUser;
using Hub.Application.Identity.Contracts;
using Hub.Application.Identity.Queries.GetUser;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Api.Identity;

/// <summary>The accounts of the programme's people, made by staff.</summary>
internal sealed class UsersEndpoints : IEndpointGroup
{
    public static string Prefix => "/users";

    public static string Tag => "Users";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", CreateUser)
            .WithName("CreateUser")
            .WithSummary("Create an account")
            .WithDescription("An account with one role. Managers create every role but Admin and Manager; only an admin creates those.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Sends<CreateUserCommand>();

        group.MapGet("/{id:guid}", GetUser)
            .WithName("GetUser")
            .WithSummary("Get a person")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Sends<GetUserQuery>();
    }

    private static async Task<Created<CreatedResponse>> CreateUser(CreateUserRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new CreateUserCommand(request.Email, request.Password, request.FullName, request.Role), cancellationToken);
        return TypedResults.Created($"/api/v1/users/{id}", new CreatedResponse(id));
    }

    private static async Task<Ok<IdentityPersonDto>> GetUser(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetUserQuery(id), cancellationToken));
}
