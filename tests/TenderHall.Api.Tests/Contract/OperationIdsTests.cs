using TenderHall.Api.OpenApi;

namespace TenderHall.Api.Tests.Contract;

/// <summary>Operation ids follow the route, so a generated client's method names change only when the route does.</summary>
public sealed class OperationIdsTests
{
    [Theory]
    [InlineData("GET", "api/v1/tenders", "getTenders")]
    [InlineData("POST", "api/v1/tenders/{id}/bids/uploads/{uploadId}/complete", "postTendersByIdBidsUploadsByUploadIdComplete")]
    [InlineData("GET", "api/v1/tenders/{id}/opening/record.pdf", "getTendersByIdOpeningRecordPdf")]
    [InlineData("POST", "/api/v1/fees/bank-callbacks", "postFeesBankCallbacks")]
    [InlineData("GET", "api/v1/experts/{id:int}", "getExpertsById")]
    public void An_operation_id_is_the_method_and_the_route_in_camel_case(string method, string route, string expected) =>
        Assert.Equal(expected, OperationIds.Of(method, route));
}
