using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Problems;

/// <summary>Registers RFC 9457 problem details for every error the API can return.</summary>
public static class ProblemsExtensions
{
    /// <summary>Problem details for exceptions and for bare 401/403/404/405/413/415 responses, with rule codes; times without an offset are refused.</summary>
    public static IServiceCollection AddRuleProblems(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new OffsetRequiredConverter()));
        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddSchemaTransformer<OffsetRequiredSchema>());
        services.AddExceptionHandler<RuleExceptionHandler>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var http = context.HttpContext;
            context.ProblemDetails.Extensions["traceId"] = http.TraceIdentifier;
            if (context.ProblemDetails.Extensions.ContainsKey("rule")) return;
            var code = context.ProblemDetails.Status switch
            {
                StatusCodes.Status401Unauthorized => "AUTH-REQUIRED",
                StatusCodes.Status403Forbidden => "AUTH-FORBIDDEN",
                StatusCodes.Status404NotFound => "REQ-NOT-FOUND",
                StatusCodes.Status405MethodNotAllowed => "REQ-METHOD",
                StatusCodes.Status413PayloadTooLarge => "REQ-TOO-LARGE",
                StatusCodes.Status415UnsupportedMediaType => "REQ-MEDIA-TYPE",
                StatusCodes.Status500InternalServerError => "SERVER-ERROR",
                _ => null,
            };
            if (code is null) return;
            var rule = RuleCatalogue.Get(code);
            context.ProblemDetails.Type = $"urn:tenderhall:rule:{code}";
            context.ProblemDetails.Title = code;
            context.ProblemDetails.Detail = RuleCatalogue.Describe(code, RequestLanguage.Of(http), null);
            context.ProblemDetails.Extensions["rule"] = code;
            context.ProblemDetails.Extensions["source"] = rule.Source;
        });
        return services;
    }
}
