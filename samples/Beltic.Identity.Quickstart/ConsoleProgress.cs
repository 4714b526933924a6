namespace Beltic.Identity.Quickstart;

/// <summary>Prints upload progress each time it passes another quarter. Reported synchronously from the upload, so lines stay in order.</summary>
internal sealed class ConsoleProgress(long totalBytes) : IProgress<long>
{
    private int _lastQuarter;

    public void Report(long value)
    {
        var quarter = (int)(value * 4 / totalBytes);
        if (quarter > _lastQuarter)
        {
            _lastQuarter = quarter;
            Console.WriteLine($"  uploaded {value * 100 / totalBytes}% ({value:N0} of {totalBytes:N0} bytes)");
        }
    }
}
