using Beltic.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Pattern;

/// <summary>Evidence is an upload like every other (one FileUpload); a long Retry-After ends the call the same way on any status.</summary>
public class UploadsAndLimitsTests
{
    [Fact]
    public async Task Evidence_takes_a_FileUpload_and_sends_its_bytes_as_multipart()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/evidence").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"id":"ev_1","sha256":"abc"}"""));
        var pdf = TestImages.Pdf(4096);

        var evidence = await host.Client.Credentials.UploadEvidenceAsync(FileUpload.FromStream(new MemoryStream(pdf), "passport.pdf", "application/pdf"), "passport");

        Assert.Equal("evidence:ev_1", evidence.Reference);
        var sent = host.SingleRequest();
        var body = Json.Body(sent);
        Assert.StartsWith("multipart/form-data", Json.Header(sent, "Content-Type"));
        Assert.Contains("name=file; filename=passport.pdf", body.Replace("\"", "", StringComparison.Ordinal));
        Assert.Contains("Content-Type: application/pdf", body);
        Assert.Contains("passport", body);
        Assert.NotNull(Json.Header(sent, "Idempotency-Key"));
    }

    [Fact]
    public async Task An_oversized_non_seekable_evidence_stream_is_refused_before_sending()
    {
        using var host = new TestHost();
        var big = new NonSeekable(new MemoryStream(TestImages.Pdf((10 * 1024 * 1024) + 1)));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Credentials.UploadEvidenceAsync(FileUpload.FromStream(big, "big.pdf", "application/pdf")));

        Assert.Contains("10 MB", ex.Message);
        Assert.Contains("Evidence 'big.pdf'", ex.Message);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task A_503_whose_retry_after_is_beyond_the_cap_fails_at_once_carrying_the_wait()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "120"));

        var (ex, elapsed) = await host.RunThrowsAsync<BelticServerException>(() => host.Client.Credentials.GetAsync("cred_1"));

        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.Single(host.Requests);
        Assert.True(elapsed < TimeSpan.FromSeconds(1));
    }

    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
