using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Client;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Tests.Contract;

/// <summary>The OpenAPI document is usable: a client generated from docs/openapi.json by Kiota signs in, lists tenders and reads refusals.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GeneratedClientTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_client_generated_from_the_document_signs_in_and_lists_tenders()
    {
        var user = "client-" + Guid.NewGuid().ToString("N")[..8];
        await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(user)
            .Create(new AccountInfo { DisplayName = user, Roles = [Roles.Supervisor] }, "s3cret-pass");
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        using var http = platform.CreateClient();
        var client = new TenderHallClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = http.BaseAddress!.ToString().TrimEnd('/'),
        });

        var token = await client.Api.V1.Auth.Token.PostAsync(new Client.Models.SignInRequest { UserName = user, Password = "s3cret-pass" });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        var me = await client.Api.V1.Auth.Me.GetAsync();
        var page = await client.Api.V1.Tenders.GetAsync(r => r.QueryParameters.Q = s.ProjectCode);

        Assert.Equal(user, me!.UserName);
        Assert.Equal([Roles.Supervisor], token.Roles);
        Assert.Contains(page!.Items!, t => t.Id == s.TenderId);
        var refused = await Assert.ThrowsAsync<Client.Models.Problem>(() => client.Api.V1.Auth.Token.PostAsync(new Client.Models.SignInRequest { UserName = user, Password = "wrong" }));
        Assert.Equal("AUTH-CREDENTIALS", refused.Rule);
        Assert.Equal(403, refused.ResponseStatusCode);
    }
}
