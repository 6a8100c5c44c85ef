package org.healthequity.evaluation.mapping;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The delivery views' pages, checked against {@link DeliveryView} when the service is built. */
@CheckedTemplate(basePath = "delivery")
public final class DeliveryTemplates {

    private DeliveryTemplates() {
    }

    /** One principle from outcome to delivery, as a printable page ({@code delivery/principle.html}). */
    public static native TemplateInstance principle(DeliveryView view);
}
