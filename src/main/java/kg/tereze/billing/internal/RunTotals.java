package kg.tereze.billing.internal;

import java.util.List;

import kg.tereze.shared.Som;

/** What a run charges (or would charge): by service and by village. */
public record RunTotals(List<ByService> services, List<ByVillage> villages) {

	public record ByService(String code, long accounts, java.math.BigDecimal quantity, long amountTyiyn) {

		public Som amount() {
			return Som.ofTyiyn(amountTyiyn);
		}
	}

	public record ByVillage(Long villageId, long accounts, long amountTyiyn) {

		public Som amount() {
			return Som.ofTyiyn(amountTyiyn);
		}
	}

	public static RunTotals empty() {
		return new RunTotals(List.of(), List.of());
	}

	public long accounts() {
		return villages.stream().mapToLong(ByVillage::accounts).sum();
	}

	public Som amount() {
		return Som.ofTyiyn(services.stream().mapToLong(ByService::amountTyiyn).sum());
	}
}
