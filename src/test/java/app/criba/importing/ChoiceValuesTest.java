package app.criba.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.criba.invoice.BillingMethod;
import app.criba.invoice.InvoiceKind;

class ChoiceValuesTest {

    @ParameterizedTest
    @ValueSource(strings = { "Yes", "YES", "y", "Sí", "SI", "si", "true", "TRUE", "1", "Y" })
    void readsYes(String value) {
        assertThat(ChoiceValues.yesNo(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "No", "NO", "n", "false", "0", "N", "", "  " })
    void readsNoAndBlank(String value) {
        assertThat(ChoiceValues.yesNo(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "maybe", "2", "yes please" })
    void rejectsOtherYesNoValues(String value) {
        assertThat(ChoiceValues.yesNo(value)).isNull();
    }

    @Test
    void mapsBillingMethodNamesInBothLanguages() {
        assertThat(ChoiceValues.billingMethod("Paper", BillingMethod.ELECTRONIC)).isEqualTo(BillingMethod.PAPER);
        assertThat(ChoiceValues.billingMethod("papel", BillingMethod.ELECTRONIC)).isEqualTo(BillingMethod.PAPER);
        assertThat(ChoiceValues.billingMethod("Electronic", BillingMethod.PAPER)).isEqualTo(BillingMethod.ELECTRONIC);
        assertThat(ChoiceValues.billingMethod("Electrónica", BillingMethod.PAPER)).isEqualTo(BillingMethod.ELECTRONIC);
        assertThat(ChoiceValues.billingMethod("Direct debit", BillingMethod.PAPER))
                .isEqualTo(BillingMethod.DIRECT_DEBIT);
        assertThat(ChoiceValues.billingMethod("DOMICILIACIÓN", BillingMethod.PAPER))
                .isEqualTo(BillingMethod.DIRECT_DEBIT);
    }

    @Test
    void mapsUnknownBillingMethodToOtherAndBlankToFallback() {
        assertThat(ChoiceValues.billingMethod("Carrier pigeon", BillingMethod.PAPER)).isEqualTo(BillingMethod.OTHER);
        assertThat(ChoiceValues.billingMethod(" ", BillingMethod.PAPER)).isEqualTo(BillingMethod.PAPER);
    }

    @Test
    void mapsInvoiceKinds() {
        assertThat(ChoiceValues.kind("Recurrente")).isEqualTo(InvoiceKind.RECURRING);
        assertThat(ChoiceValues.kind("Break/fix")).isEqualTo(InvoiceKind.BREAK_FIX);
        assertThat(ChoiceValues.kind("Proyecto")).isEqualTo(InvoiceKind.PROJECT);
        assertThat(ChoiceValues.kind("whatever")).isEqualTo(InvoiceKind.OTHER);
    }
}
