package org.cxspec.ide.outline;

import java.util.Map;

import org.cxspec.cxspec.CxspecPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

/**
 * Gives each kind of element its own outline icon, so journeys, stages, touchpoints, people,
 * values and metrics stand apart. LSP has no CX vocabulary: the closest symbol kinds are used.
 */
public class SpecSymbolKinds extends DocumentSymbolKindProvider {

	private static final CxspecPackage SPEC = CxspecPackage.eINSTANCE;
	private static final Map<EClass, SymbolKind> KINDS = Map.ofEntries(
			Map.entry(SPEC.getBrand(), SymbolKind.Class),
			Map.entry(SPEC.getCustomer(), SymbolKind.Struct),
			Map.entry(SPEC.getExpectation(), SymbolKind.Field),
			Map.entry(SPEC.getValue(), SymbolKind.Constant),
			Map.entry(SPEC.getMetric(), SymbolKind.Number),
			Map.entry(SPEC.getRole(), SymbolKind.Interface),
			Map.entry(SPEC.getPartner(), SymbolKind.Object),
			Map.entry(SPEC.getJourney(), SymbolKind.Module),
			Map.entry(SPEC.getStage(), SymbolKind.Namespace),
			Map.entry(SPEC.getTouchpoint(), SymbolKind.Event),
			Map.entry(SPEC.getCoCreation(), SymbolKind.Function),
			Map.entry(SPEC.getClosedLoop(), SymbolKind.Operator));

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		SymbolKind kind = KINDS.get(type);
		return kind != null ? kind : super.getSymbolKind(type);
	}
}
