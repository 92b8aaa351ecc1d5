package org.cxspec.ide.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/** The outline nests stages under their journey: each shows its own name (TellYou, not HomeClaim.TellYou). */
public class SpecSymbolNames extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject element) {
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(element);
		return name != null ? name : super.getName(element);
	}
}
