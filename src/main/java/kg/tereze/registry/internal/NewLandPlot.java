package kg.tereze.registry.internal;

import kg.tereze.registry.LandKind;
import kg.tereze.registry.Tenure;
import java.math.BigDecimal;
import java.time.LocalDate;

public record NewLandPlot(String cadastralNumber, BigDecimal areaHa, LandKind kind, Tenure tenure, LocalDate since) {
}
