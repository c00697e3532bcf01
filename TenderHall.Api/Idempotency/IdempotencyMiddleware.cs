using System.Security.Cryptography;
using System.Text;
using TenderHall.Api.Problems;
using TenderHall.Grains.Contracts.Idempotency;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Idempotency;

/// <summary>
/// Makes endpoints marked <see cref="IdempotentAttribute"/> safe to retry: the first response to an Idempotency-Key
/// is recorded and replayed; the same key with a different body is refused; a concurrent duplicate gets 409. A change
/// that is not marked refuses the header rather than ignore it, so no caller believes a retry is protected when it is not.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    /// <summary>The request header.</summary>
    public const string Header = "Idempotency-Key";

    private const string DefaultRefusal =
        "only operations that create a record replay their first answer (the API reference lists the Idempotency-Key parameter on them); send this one without the header.";

    /// <summary>Handles one request.</summary>
    public async Task InvokeAsync(HttpContext context, IIdempotencyStore store)
    {
        var key = context.Request.Headers[Header].ToString();
        var endpoint = context.GetEndpoint();
        if (string.IsNullOrEmpty(key) || endpoint is null || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        if (endpoint.Metadata.GetMetadata<IdempotentAttribute>() is null)
        {
            var reason = endpoint.Metadata.GetMetadata<IdempotencyKeyRefusedAttribute>()?.Reason ?? DefaultRefusal;
            await WriteProblem(context, "IDEMPOTENCY-UNSUPPORTED", new Dictionary<string, string> { ["reason"] = reason });
            return;
        }

        if (key.Length > 128 || key.Any(c => c is < '!' or > '~'))
        {
            await WriteProblem(context, "IDEMPOTENCY-KEY");
            return;
        }

        var scope = Scope(context, key);
        var requestHash = await HashBody(context.Request);
        var begin = await store.BeginAsync(scope, requestHash);
        switch (begin.Outcome)
        {
            case IdempotencyOutcome.Replay:
                await Replay(context, begin.Response!);
                return;
            case IdempotencyOutcome.InFlight:
                await WriteProblem(context, "IDEMPOTENCY-IN-FLIGHT");
                return;
            case IdempotencyOutcome.Mismatch:
                await WriteProblem(context, "IDEMPOTENCY-MISMATCH");
                return;
        }

        await RunAndRecord(context, store, scope, requestHash);
    }

    private async Task RunAndRecord(HttpContext context, IIdempotencyStore store, string scope, string requestHash)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        using var running = new CancellationTokenSource();
        var renewing = RenewWhileRunning(store, scope, requestHash, running.Token);
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = original;
            await running.CancelAsync();
            await renewing;
            // A reservation that cannot be released now expires with its lease, so the failure reported stays the request's own.
            await TryAbandon(store, scope, requestHash);
            throw;
        }

        await running.CancelAsync();
        await renewing;

        context.Response.Body = original;
        // Server failures are not answers: a retry should get a real one, so the key is released.
        if (context.Response.StatusCode >= 500) await TryAbandon(store, scope, requestHash);
        else
        {
            await store.CompleteAsync(scope, requestHash, new IdempotentResponse
            {
                StatusCode = context.Response.StatusCode,
                ContentType = context.Response.ContentType,
                Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                Body = buffer.ToArray(),
            });
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    // The lease lets a retry in soon after this request dies, and is renewed for as long as this request lives.
    private static async Task RenewWhileRunning(IIdempotencyStore store, string scope, string requestHash, CancellationToken running)
    {
        using var timer = new PeriodicTimer(IdempotencyWindows.LeaseRenewal);
        try
        {
            while (await timer.WaitForNextTickAsync(running)) await store.RenewAsync(scope, requestHash);
        }
        catch (OperationCanceledException) when (running.IsCancellationRequested)
        {
            // The request finished.
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            // The store is failing: the request runs on, and at worst a retry is let in when the lease runs out.
        }
    }

    // The grain fallback store refuses as the grains do (PLATFORM-UNAVAILABLE) when storage fails: the same failure.
    private static bool IsStoreFailure(Exception e) =>
        StorageUnavailable.IsTransient(e) || e is StackExchange.Redis.RedisException || e is RuleViolationException { Rule: StorageUnavailable.Rule };

    private static async Task TryAbandon(IIdempotencyStore store, string scope, string requestHash)
    {
        try
        {
            await store.AbandonAsync(scope, requestHash);
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            // Released by its lease instead.
        }
    }

    private static async Task Replay(HttpContext context, IdempotentResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        if (response.ContentType is not null) context.Response.ContentType = response.ContentType;
        if (response.Location is not null) context.Response.Headers.Location = response.Location;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
    }

    // The key is scoped to the caller and the route, so two users' keys can never collide or replay each other's answers.
    private static string Scope(HttpContext context, string key)
    {
        var caller = context.User.FindFirst("sub")?.Value ?? "anonymous";
        var text = $"{caller}\n{context.Request.Method}\n{context.Request.Path}\n{key}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static async Task<string> HashBody(HttpRequest request)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash);
    }

    private static async Task WriteProblem(HttpContext context, string rule, IReadOnlyDictionary<string, string>? args = null)
    {
        var problem = RuleProblems.From(context, rule, args);
        context.Response.StatusCode = problem.Status!.Value;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
