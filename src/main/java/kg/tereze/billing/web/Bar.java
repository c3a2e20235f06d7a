package kg.tereze.billing.web;

/** One bar of a chart: what it is, how long it is, and the figure printed after it. */
record Bar(String label, long value, String figure) {
}
