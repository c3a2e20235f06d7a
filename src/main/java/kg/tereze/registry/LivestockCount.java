package kg.tereze.registry;

import java.time.LocalDate;

/** Heads of livestock of a household in a year. */
public record LivestockCount(int year, LocalDate countedOn, int cattle, int horses, int sheepGoats, int yaks,
		int poultry) {

	public int total() {
		return cattle + horses + sheepGoats + yaks + poultry;
	}
}
