namespace Beltic;

/// <summary>Base type of every exception the Beltic SDK throws for a failed API call.</summary>
public class BelticException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public BelticException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
