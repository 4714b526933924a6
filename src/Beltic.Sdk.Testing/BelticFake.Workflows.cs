using Beltic.Testing.Workflows;

namespace Beltic.Testing;

/// <summary>Test hooks of the Workflows area.</summary>
public sealed partial class BelticFake
{
    private FakeWorkflows? _workflows;

    // Created on first use by Areas() during construction, once the shared state exists.
    private FakeWorkflows WorkflowsArea => _workflows ??= new FakeWorkflows(_state);

    /// <summary>
    /// Ends a workflow run paused for review (HTTP 202), as a reviewer would: approved runs its remaining blocks to
    /// <c>completed</c>, rejected makes it <c>failed</c>. Without this, the fake approves it once
    /// <see cref="BelticFakeOptions.WorkflowReviewTime"/> has passed on its clock.
    /// </summary>
    /// <param name="executionId">The paused execution's id.</param>
    /// <param name="approved">Whether the reviewer approves.</param>
    /// <returns>Whether a paused run with that id was ended.</returns>
    public bool CompleteWorkflowReview(string executionId, bool approved = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executionId);
        return WorkflowsArea.CompleteReview(executionId, approved);
    }
}
