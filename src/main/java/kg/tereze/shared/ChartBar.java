package kg.tereze.shared;

/** One bar of the shared bar chart ({@code fragments :: bars}): what it is, how long it is, and the figure printed after it. */
public record ChartBar(String label, long value, String figure) {
}
