using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Tests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class RoleMatrixTests(PlatformFactory platform)
{
    private const string Anonymous = "(anonymous)";
    private static readonly string[] Everyone = [Anonymous, .. Roles.All];
    private static readonly string[] SignedIn = [.. Roles.All];
    private static readonly string[] DirectoryReaders = [Roles.CentreAdmin, Roles.Supervisor];
    private static readonly string[] Admin = [Roles.CentreAdmin];
    private static readonly string[] Agencies = [Roles.Agency];
    private static readonly string[] Bidders = [Roles.Bidder];
    private static readonly string[] Supervisors = [Roles.Supervisor];

    // Who may call what. An endpoint missing here fails the test, so a new endpoint must declare its audience.
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["GET /health/live"] = Everyone,
        ["GET /health/ready"] = Everyone,
        ["GET /openapi/{documentName}.json"] = Everyone,
        ["GET /api-reference/{documentName?}"] = Everyone,
        ["GET /api-reference/scalar.js"] = Everyone,
        ["GET /api-reference/scalar.aspnetcore.js"] = Everyone,
        ["GET /api-reference/favicon.svg"] = Everyone,
        ["POST /api/v1/auth/token"] = Everyone,
        ["GET /api/v1/auth/me"] = SignedIn,
        ["POST /api/v1/auth/challenge"] = Everyone,
        ["POST /api/v1/auth/certificate"] = Everyone,
        ["POST /api/v1/accounts"] = Admin,
        ["GET /api/v1/clock"] = Everyone,
        ["GET /api/v1/departments"] = Everyone,
        ["GET /api/v1/departments/{id}"] = Everyone,
        ["GET /api/v1/agencies"] = Everyone,
        ["GET /api/v1/agencies/{id}"] = Everyone,
        ["GET /api/v1/bidders"] = DirectoryReaders,
        ["GET /api/v1/bidders/{id}"] = DirectoryReaders,
        ["POST /api/v1/organizations"] = Admin,
        ["POST /api/v1/organizations/{id}/keys"] = SignedIn,
        ["GET /api/v1/specialties"] = Everyone,
        ["GET /api/v1/experts"] = DirectoryReaders,
        ["GET /api/v1/experts/{id}"] = DirectoryReaders,
        ["POST /api/v1/experts"] = Admin,
        ["GET /api/v1/experts/search"] = DirectoryReaders,
        ["GET /api/v1/experts/export"] = Admin,
        ["POST /api/v1/experts/import"] = Admin,
        ["GET /api/v1/experts/me"] = [Roles.Expert],
        ["POST /api/v1/experts/{id}/status"] = Admin,
        ["POST /api/v1/experts/{id}/unavailability"] = [Roles.Expert, Roles.CentreAdmin],
        ["POST /api/v1/experts/{id}/penalties"] = DirectoryReaders,
        ["POST /api/v1/experts/{id}/ratings"] = [Roles.Agency, Roles.Supervisor],
        ["POST /api/v1/experts/{id}/appeal"] = [Roles.Expert],
        ["POST /api/v1/experts/{id}/appeal/decision"] = Admin,
        ["GET /api/v1/draws/key"] = Everyone,
        ["GET /api/v1/tenders/{id}/draw"] = Everyone,
        ["POST /api/v1/tenders/{id}/draw"] = Agencies,
        ["POST /api/v1/tenders/{id}/draw/check-in"] = Supervisors,
        ["POST /api/v1/tenders/{id}/draw/commit"] = Supervisors,
        ["POST /api/v1/tenders/{id}/draw/contribution"] = Supervisors,
        ["GET /api/v1/tenders/{id}/draw/declaration"] = Everyone,
        ["POST /api/v1/tenders/{id}/draw/response"] = [Roles.Expert],
        ["POST /api/v1/tenders/{id}/draw/absences"] = Supervisors,
        ["POST /api/v1/tenders/{id}/draw/reveal"] = DirectoryReaders,
        ["GET /api/v1/tenders/{id}/draw/document"] = Everyone,
        ["POST /api/v1/tenders/{id}/draw/record"] = Supervisors,
        ["GET /api/v1/tenders/{id}/draw/record.pdf"] = Everyone,
        ["POST /api/v1/tenders/{id}/draw/record/signing-request"] = Supervisors,
        ["POST /api/v1/tenders/{id}/draw/record/countersign"] = Supervisors,
        ["GET /api/v1/licensing/items"] = Everyone,
        ["GET /api/v1/licensing/items/{code}"] = Everyone,
        ["POST /api/v1/licensing/items"] = Admin,
        ["POST /api/v1/licensing/materials"] = SignedIn,
        ["POST /api/v1/licensing/cases"] = SignedIn,
        ["GET /api/v1/licensing/cases/{number}"] = SignedIn,
        ["GET /api/v1/licensing/cases/{number}/progress"] = Everyone,
        ["POST /api/v1/licensing/cases/{number}/acceptance"] = [Roles.WindowOfficer],
        ["POST /api/v1/licensing/cases/{number}/notice"] = [Roles.WindowOfficer],
        ["POST /api/v1/licensing/cases/{number}/materials"] = SignedIn,
        ["POST /api/v1/licensing/cases/{number}/refusal"] = [Roles.WindowOfficer],
        ["POST /api/v1/licensing/cases/{number}/review"] = [Roles.WindowOfficer, Roles.DepartmentReviewer],
        ["POST /api/v1/licensing/cases/{number}/clock-stop"] = [Roles.WindowOfficer, Roles.DepartmentReviewer],
        ["POST /api/v1/licensing/cases/{number}/clock-restart"] = [Roles.WindowOfficer, Roles.DepartmentReviewer],
        ["POST /api/v1/licensing/cases/{number}/extension"] = [Roles.ChiefRepresentative],
        ["POST /api/v1/licensing/cases/{number}/decision"] = [Roles.ChiefRepresentative],
        ["POST /api/v1/licensing/cases/{number}/certificate"] = [Roles.WindowOfficer],
        ["POST /api/v1/licensing/cases/{number}/sub-cases/{departmentId}/decision"] = [Roles.ChiefRepresentative],
        ["POST /api/v1/licensing/cases/{number}/sub-cases/{departmentId}/coordination"] = Admin,
        ["GET /api/v1/licensing/cases/{number}/documents/{sequence}"] = SignedIn,
        ["PUT /api/v1/licensing/delegations/{departmentId}/{userName}"] = [Roles.DepartmentHead],
        ["GET /api/v1/licensing/delegations/{departmentId}/{userName}"] = [Roles.DepartmentHead],
        ["GET /api/v1/licensing/desks/sub-cases"] = [Roles.WindowOfficer, Roles.DepartmentReviewer, Roles.ChiefRepresentative],
        ["POST /api/v1/gate/check"] = SignedIn,
        ["POST /api/v1/gate/exemptions"] = [Roles.ProvincialGovernment],
        ["GET /api/v1/gate/exemptions"] = Everyone,
        ["GET /api/v1/gate/exemptions/{projectCode}"] = Everyone,
        ["POST /api/v1/licensing/cases/{number}/rating"] = SignedIn,
        ["GET /api/v1/ratings/results"] = Everyone,
        ["GET /api/v1/ratings/{id}"] = SignedIn,
        ["POST /api/v1/ratings/{id}/follow-up"] = [Roles.WindowOfficer, Roles.ChiefRepresentative, Roles.DepartmentReviewer, Roles.DepartmentHead],
        ["POST /api/v1/ratings/{id}/appeal"] = [Roles.WindowOfficer, Roles.ChiefRepresentative, Roles.DepartmentReviewer, Roles.DepartmentHead],
        ["POST /api/v1/ratings/{id}/appeal/decision"] = [Roles.CentreAdmin],
        ["POST /api/v1/hall/windows/{windowId}/tickets"] = Everyone,
        ["GET /api/v1/hall/windows/{windowId}/tickets/{code}"] = Everyone,
        ["GET /api/v1/hall/windows/{windowId}/queue"] = [Roles.WindowOfficer],
        ["POST /api/v1/hall/windows/{windowId}/queue/next"] = [Roles.WindowOfficer],
        ["POST /api/v1/hall/windows/{windowId}/tickets/{code}/recall"] = [Roles.WindowOfficer],
        ["POST /api/v1/hall/windows/{windowId}/tickets/{code}/no-show"] = [Roles.WindowOfficer],
        ["POST /api/v1/hall/windows/{windowId}/tickets/{code}/service"] = [Roles.WindowOfficer],
        ["POST /api/v1/hall/windows/{windowId}/tickets/{code}/rating"] = Everyone,
        ["GET /api/v1/hall/board"] = Everyone,
        ["PUT /api/v1/hall/major-projects/{projectCode}"] = Admin,
        ["GET /api/v1/licensing/performance"] = DirectoryReaders,
        ["GET /api/v1/licensing/performance/chart.svg"] = DirectoryReaders,
        ["POST /api/v1/blobs"] = Agencies,
        ["GET /api/v1/projects"] = Everyone,
        ["GET /api/v1/projects/{code}"] = Everyone,
        ["POST /api/v1/projects"] = Agencies,
        ["GET /api/v1/tenders"] = Everyone,
        ["GET /api/v1/tenders/{id}"] = Everyone,
        ["POST /api/v1/tenders"] = Agencies,
        ["POST /api/v1/tenders/{id}/publish"] = Agencies,
        ["POST /api/v1/tenders/{id}/clarifications"] = Agencies,
        ["POST /api/v1/tenders/{id}/terminate"] = Agencies,
        ["POST /api/v1/tenders/{id}/objections/{objectionId}/answer"] = Agencies,
        ["POST /api/v1/tenders/{id}/objections/{objectionId}/interest"] = Agencies,
        ["POST /api/v1/tenders/{id}/suspend"] = Supervisors,
        ["POST /api/v1/tenders/{id}/resume"] = Supervisors,
        ["GET /api/v1/tenders/{id}/downloads"] = Supervisors,
        ["GET /api/v1/tenders/{id}/objections"] = SignedIn,
        ["GET /api/v1/tenders/{id}/documents"] = Bidders,
        ["POST /api/v1/tenders/{id}/questions"] = Bidders,
        ["POST /api/v1/tenders/{id}/objections"] = Bidders,
        ["GET /api/v1/notifications"] = SignedIn,
        ["GET /api/v1/tenders/{id}/opening-key"] = Everyone,
        ["GET /api/v1/tenders/{id}/custody/share"] = SignedIn,
        ["GET /api/v1/tenders/{id}/opening"] = Everyone,
        ["GET /hubs/opening"] = Everyone,
        ["GET /hubs/opening/negotiate"] = Everyone,
        ["POST /api/v1/tenders/{id}/opening/check-in"] = Supervisors,
        ["POST /api/v1/tenders/{id}/opening/shares"] = SignedIn,
        ["POST /api/v1/tenders/{id}/opening/response"] = Bidders,
        ["POST /api/v1/tenders/{id}/opening/bidder-part"] = Bidders,
        ["POST /api/v1/tenders/{id}/opening/objections/{bidderId}/answer"] = Agencies,
        ["POST /api/v1/tenders/{id}/opening/record"] = Supervisors,
        ["GET /api/v1/tenders/{id}/opening/record.pdf"] = Everyone,
        ["POST /api/v1/tenders/{id}/opening/record/signing-request"] = Supervisors,
        ["GET /api/v1/tenders/{id}/opening/record/signing-request.pdf"] = Supervisors,
        ["POST /api/v1/tenders/{id}/opening/close"] = Supervisors,
        ["GET /api/v1/tenders/{id}/award"] = Everyone,
        ["POST /api/v1/tenders/{id}/award/objections"] = Bidders,
        ["POST /api/v1/tenders/{id}/award"] = Agencies,
        ["POST /api/v1/tenders/{id}/award/decline"] = Agencies,
        ["GET /api/v1/tenders/{id}/award/notice.pdf"] = Everyone,
        ["GET /api/v1/tenders/{id}/award/result.pdf"] = Everyone,
        ["POST /api/v1/tenders/{id}/contract"] = Agencies,
        ["POST /api/v1/tenders/{id}/contract/signing-request"] = SignedIn,
        ["POST /api/v1/tenders/{id}/contract/signature"] = SignedIn,
        ["GET /api/v1/tenders/{id}/contract.pdf"] = SignedIn,
        ["POST /api/v1/tenders/{id}/contract/filing"] = Agencies,
        ["POST /api/v1/tenders/{id}/report"] = Agencies,
        ["GET /api/v1/tenders/{id}/report.pdf"] = SignedIn,
        ["POST /api/v1/tenders/{id}/archive"] = Agencies,
        ["GET /api/v1/tenders/{id}/archive.zip"] = SignedIn,
        ["GET /api/v1/tenders/{id}/certificate"] = Everyone,
        ["POST /api/v1/complaints/evidence"] = [Roles.Bidder, Roles.Complainant],
        ["POST /api/v1/complaints"] = SignedIn,
        ["GET /api/v1/complaints/{complaintId}"] = SignedIn,
        ["POST /api/v1/complaints/{complaintId}/review"] = Supervisors,
        ["POST /api/v1/complaints/{complaintId}/suspension"] = Supervisors,
        ["POST /api/v1/complaints/{complaintId}/decision"] = Supervisors,
        ["GET /api/v1/complaints/mine"] = [Roles.Bidder, Roles.Complainant],
        ["GET /api/v1/complaints"] = Supervisors,
        ["GET /api/v1/complaints/{complaintId}/evidence/{sha256}"] = SignedIn,
        ["GET /api/v1/tenders/{id}/evaluation"] = SignedIn,
        ["POST /api/v1/tenders/{id}/evaluation"] = Agencies,
        ["POST /api/v1/tenders/{id}/evaluation/check-in"] = [Roles.Expert],
        ["POST /api/v1/tenders/{id}/evaluation/watch"] = Supervisors,
        ["GET /api/v1/tenders/{id}/evaluation/bids"] = [Roles.Expert],
        ["GET /api/v1/tenders/{id}/evaluation/bids/{bidderId}/payload"] = [Roles.Expert],
        ["POST /api/v1/tenders/{id}/evaluation/review"] = [Roles.Expert],
        ["POST /api/v1/tenders/{id}/evaluation/scores"] = [Roles.Expert],
        ["GET /api/v1/tenders/{id}/evaluation/scores"] = SignedIn,
        ["POST /api/v1/tenders/{id}/evaluation/clarifications"] = [Roles.Expert],
        ["POST /api/v1/tenders/{id}/evaluation/clarifications/{number}/answer"] = Bidders,
        ["POST /api/v1/tenders/{id}/evaluation/extension"] = [Roles.Expert],
        ["POST /api/v1/tenders/{id}/evaluation/remarks"] = Supervisors,
        ["POST /api/v1/tenders/{id}/evaluation/recordings"] = Supervisors,
        ["POST /api/v1/tenders/{id}/evaluation/report"] = SignedIn,
        ["GET /api/v1/tenders/{id}/evaluation/report.pdf"] = SignedIn,
        ["POST /api/v1/tenders/{id}/evaluation/report/signing-request"] = [Roles.Expert],
        ["GET /api/v1/tenders/{id}/evaluation/report/signing-request.pdf"] = [Roles.Expert],
        ["POST /api/v1/tenders/{id}/evaluation/report/countersign"] = [Roles.Expert],
        ["GET /api/v1/documents/signing-key"] = Everyone,
        ["POST /api/v1/tenders/{id}/bids"] = Bidders,
        ["POST /api/v1/tenders/{id}/bids/self-test"] = Bidders,
        ["GET /api/v1/tenders/{id}/bids/mine"] = Bidders,
        ["GET /api/v1/bids/mine"] = Bidders,
        ["POST /api/v1/tenders/{id}/bids/withdraw"] = Bidders,
        ["GET /api/v1/tenders/{id}/envelopes/{bidderId}"] = Bidders,
        ["POST /api/v1/tenders/{id}/bids/uploads"] = Bidders,
        ["GET /api/v1/tenders/{id}/bids/uploads/{uploadId}"] = Bidders,
        ["PUT /api/v1/tenders/{id}/bids/uploads/{uploadId}"] = Bidders,
        ["POST /api/v1/tenders/{id}/bids/uploads/{uploadId}/complete"] = Bidders,
        ["POST /api/v1/fees/schedules"] = Admin,
        ["GET /api/v1/fees/schedules/{subjectId}"] = Everyone,
        ["POST /api/v1/fees/orders"] = [Roles.Bidder, Roles.WindowOfficer],
        ["GET /api/v1/fees/orders/{orderId}"] = SignedIn,
        ["GET /api/v1/fees/orders/{orderId}/receipt"] = SignedIn,
        ["POST /api/v1/fees/orders/{orderId}/refund"] = Admin,
        ["GET /api/v1/fees/subjects/{subjectId}/orders"] = DirectoryReaders,
        ["GET /api/v1/fees/ledger"] = DirectoryReaders,
        ["POST /api/v1/fees/bank-callbacks"] = Everyone,
        ["POST /api/v1/guarantees"] = Bidders,
        ["GET /api/v1/guarantees/{guaranteeId}"] = SignedIn,
        ["GET /api/v1/tenders/{tenderId}/guarantees"] = DirectoryReaders,
        ["POST /api/v1/guarantees/{guaranteeId}/release"] = Admin,
        ["POST /api/v1/guarantees/issuer-callbacks"] = Everyone,
        ["GET /api/v1/transparency/checkpoint"] = Everyone,
        ["GET /api/v1/transparency/key"] = Everyone,
        ["GET /api/v1/transparency/entries"] = Everyone,
        ["GET /api/v1/transparency/proofs/inclusion"] = Everyone,
        ["GET /api/v1/transparency/proofs/consistency"] = Everyone,
        ["GET /api/v1/supervision/alarms"] = DirectoryReaders,
        ["GET /"] = Everyone,
        ["HEAD /"] = Everyone,
        ["GET /tenders"] = Everyone,
        ["HEAD /tenders"] = Everyone,
        ["GET /tenders/{Id}"] = Everyone,
        ["HEAD /tenders/{Id}"] = Everyone,
        ["GET /tenders/{Id}/opening"] = Everyone,
        ["HEAD /tenders/{Id}/opening"] = Everyone,
        ["GET /tenders/{Id}/result"] = Everyone,
        ["HEAD /tenders/{Id}/result"] = Everyone,
        ["GET /licensing"] = Everyone,
        ["HEAD /licensing"] = Everyone,
        ["GET /licensing/progress"] = Everyone,
        ["HEAD /licensing/progress"] = Everyone,
        ["GET /licensing/gate"] = Everyone,
        ["HEAD /licensing/gate"] = Everyone,
        ["GET /licensing/sub-cases"] = Everyone,
        ["HEAD /licensing/sub-cases"] = Everyone,
        ["GET /licensing/ratings"] = Everyone,
        ["HEAD /licensing/ratings"] = Everyone,
        ["GET /agencies"] = Everyone,
        ["HEAD /agencies"] = Everyone,
        ["GET /signin"] = Everyone,
        ["HEAD /signin"] = Everyone,
        ["GET /my/tenders/{Id}/bid"] = Everyone,
        ["HEAD /my/tenders/{Id}/bid"] = Everyone,
        ["GET /receipts/verify"] = Everyone,
        ["HEAD /receipts/verify"] = Everyone,
        ["GET /my"] = Everyone,
        ["HEAD /my"] = Everyone,
        ["GET /experts/manage"] = Everyone,
        ["HEAD /experts/manage"] = Everyone,
        ["GET /draws/request"] = Everyone,
        ["HEAD /draws/request"] = Everyone,
        ["GET /draws/witness"] = Everyone,
        ["HEAD /draws/witness"] = Everyone,
        ["GET /draws/mine"] = Everyone,
        ["HEAD /draws/mine"] = Everyone,
        ["GET /evaluation/room"] = Everyone,
        ["HEAD /evaluation/room"] = Everyone,
        ["GET /evaluation/admin"] = Everyone,
        ["HEAD /evaluation/admin"] = Everyone,
        ["GET /evaluation/watch"] = Everyone,
        ["HEAD /evaluation/watch"] = Everyone,
        ["GET /evaluation/clarifications"] = Everyone,
        ["HEAD /evaluation/clarifications"] = Everyone,
        ["GET /award/admin"] = Everyone,
        ["HEAD /award/admin"] = Everyone,
        ["GET /award/contract"] = Everyone,
        ["HEAD /award/contract"] = Everyone,
        ["GET /complaints/mine"] = Everyone,
        ["HEAD /complaints/mine"] = Everyone,
        ["GET /complaints/handling"] = Everyone,
        ["HEAD /complaints/handling"] = Everyone,
        ["GET /tenders/{Id}/draw"] = Everyone,
        ["HEAD /tenders/{Id}/draw"] = Everyone,
        ["GET /hall"] = Everyone,
        ["HEAD /hall"] = Everyone,
        ["GET /hall/tickets"] = Everyone,
        ["HEAD /hall/tickets"] = Everyone,
        ["GET /hall/desk"] = Everyone,
        ["HEAD /hall/desk"] = Everyone,
        ["GET /hall/rate"] = Everyone,
        ["HEAD /hall/rate"] = Everyone,
        ["GET /hall/board"] = Everyone,
        ["HEAD /hall/board"] = Everyone,
        ["GET /licensing/performance"] = Everyone,
        ["HEAD /licensing/performance"] = Everyone,
        ["GET /not-found"] = Everyone,
        ["HEAD /not-found"] = Everyone,
        ["GET /_framework/opaque-redirect"] = Everyone,
    };

    [Fact]
    public async Task Every_endpoint_allows_exactly_the_roles_it_declares()
    {
        var endpoints = Endpoints();
        var undeclared = endpoints.Keys.Except(Expected.Keys).ToList();
        var gone = Expected.Keys.Except(endpoints.Keys).ToList();
        Assert.True(undeclared.Count == 0, "endpoints without a row in the matrix: " + string.Join(", ", undeclared));
        Assert.True(gone.Count == 0, "matrix rows without an endpoint: " + string.Join(", ", gone));

        var failures = new List<string>();
        foreach (var (key, (method, path)) in endpoints)
        {
            foreach (var role in Everyone)
            {
                // The organisation claim equals the route id, so "the organisation itself" checks pass for any role.
                using var client = platform.ClientAs(role == Anonymous ? null : role, organizationId: "x");
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method == "POST") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                using var response = await client.SendAsync(request);
                var denied = await IsDenied(response);
                var allowed = Expected[key].Contains(role);
                if (allowed == denied) failures.Add($"{key} as {role}: {(int)response.StatusCode}, expected {(allowed ? "allow" : "deny")}");
            }
        }

        Assert.Empty(failures);
    }

    private static async Task<bool> IsDenied(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized) return true;
        if (response.StatusCode != HttpStatusCode.Forbidden) return false;
        // 403 also answers wrong passwords (AUTH-CREDENTIALS); only the role refusal counts as a denial.
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.GetProperty("rule").GetString() == "AUTH-FORBIDDEN";
    }

    private Dictionary<string, (string Method, string Path)> Endpoints()
    {
        var sources = platform.Services.GetRequiredService<EndpointDataSource>();
        var result = new Dictionary<string, (string, string)>();
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var pattern = "/" + endpoint.RoutePattern.RawText!.Trim('/');
            var path = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{documentName\}", "v1");
            path = System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", "x");
            foreach (var method in methods) result[$"{method} {pattern}"] = (method, path);
        }

        return result;
    }
}
