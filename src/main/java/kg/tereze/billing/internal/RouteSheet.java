package kg.tereze.billing.internal;

import kg.tereze.billing.Meter;
import java.util.List;

import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.Som;

/**
 * What a controller takes along a route: each stop with its balance and its meters, and whether each meter
 * was read this month.
 */
public record RouteSheet(Route route, List<Stop> stops) {

	public record Stop(int position, PayerAccount account, Som balance, List<StopMeter> meters) {
	}

	public record StopMeter(Meter meter, boolean readThisMonth) {
	}

	public long meters() {
		return stops.stream().mapToLong(s -> s.meters().size()).sum();
	}

	public long readThisMonth() {
		return stops.stream().flatMap(s -> s.meters().stream()).filter(StopMeter::readThisMonth).count();
	}

	/** Per cent of the route's meters read this month, for the progress bar. */
	public int percentRead() {
		return meters() == 0 ? 0 : (int) (100 * readThisMonth() / meters());
	}
}
