package uk.providerportal.kpi.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;

/**
 * A server-drawn chart on the page: the SVG from {@link uk.providerportal.kpi.KpiChart} (whose text JFreeChart and
 * Batik escape; no data text is ever spliced into it) inside a wrapper that screen readers meet as one picture, named
 * by its aria-label. The same figures stand in a real table beside it.
 */
class ChartPicture extends Div {

    ChartPicture() {
        addClassName("kpi-chart");
        getElement().setAttribute("role", "img");
    }

    void show(String svg, String description) {
        removeAll();
        getElement().setAttribute("aria-label", description);
        add(new Svg(svg));
    }

    String description() {
        return getElement().getAttribute("aria-label");
    }
}
