package uk.providerportal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementData;
import java.util.ArrayList;
import java.util.List;

/**
 * What an open page keeps on the server: the state nodes under a component, including the virtual children a grid
 * keeps for component renderers. Every node stays in the session for as long as the page is open.
 */
public final class ServerState {

    private ServerState() {
    }

    /** The server-side components in the subtree, the rows' renderer components included. */
    public static List<Component> componentsUnder(Component root) {
        List<Component> components = new ArrayList<>();
        root.getElement().getNode().visitNodeTree(node -> {
            if (node.hasFeature(ElementData.class)) {
                Element.get(node).getComponent().ifPresent(components::add);
            }
        });
        return components;
    }

    public static int stateNodesUnder(Component root) {
        int[] count = {0};
        root.getElement().getNode().visitNodeTree((StateNode node) -> count[0]++);
        return count[0];
    }
}
