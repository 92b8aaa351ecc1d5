package org.cxspec;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

import org.cxspec.cxspec.CxspecPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;
import org.eclipse.xtext.service.GrammarProvider;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * Sets the language up outside an editor (command line, Maven plugin, tests). A cold start
 * spends about as long building the EMF packages (Xtext's grammar model, ours), reading the
 * grammar and the parser's tables as creating the Guice injector, and neither needs the other:
 * on two cores they run side by side.
 */
public class CxspecStandaloneSetup extends CxspecStandaloneSetupGenerated {

	private static final String LANGUAGE = "org.cxspec.Cxspec";

	private GrammarProvider preparedGrammar;

	public static void doSetup() {
		new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjector() {
		return Guice.createInjector(new CxspecRuntimeModule(), preparedGrammar());
	}

	/** Binds the grammar provider that {@link #createInjectorAndDoEMFRegistration} is filling, if any. */
	protected Module preparedGrammar() {
		GrammarProvider grammar = preparedGrammar;
		return binder -> {
			if (grammar != null) {
				binder.bind(GrammarProvider.class).toInstance(grammar);
			}
		};
	}

	/** As generated, but the packages, grammar and parser are made ready on a second thread while Guice works. */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		factories.putIfAbsent("ecore", new EcoreResourceFactoryImpl());
		factories.putIfAbsent("xmi", new XMIResourceFactoryImpl());
		factories.putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
		// The injector's own grammar provider, filled on the other thread; whichever thread asks first reads the grammar.
		GrammarProvider grammar = new GrammarProvider(LANGUAGE, XtextResourceSet::new);
		preparedGrammar = grammar;
		CompletableFuture<Void> packages = CompletableFuture.runAsync(() -> {
			initialisePackagesAndParser();
			grammar.getGrammar(this);
		}, daemon());
		Injector injector = createInjector();
		awaitPackages(packages);
		EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
		register(injector);
		return injector;
	}

	private static void awaitPackages(CompletableFuture<Void> packages) {
		try {
			packages.get();
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the language was being set up", interrupted);
		} catch (ExecutionException failed) {
			throw new IllegalStateException("The language could not be set up: " + failed.getCause(), failed.getCause());
		}
	}

	/**
	 * Class initialisation only, which the JVM makes safe across threads. Our package comes first:
	 * the injector's validator needs it, and while this thread builds it the other one waits for it
	 * rather than building it too (both would write EMF's package registry at once).
	 */
	private static void initialisePackagesAndParser() {
		CxspecPackage.eINSTANCE.getName();
		XtextPackage.eINSTANCE.getName();
		try {
			ClassLoader loader = CxspecStandaloneSetup.class.getClassLoader();
			Class.forName("org.cxspec.parser.antlr.internal.InternalCxspecParser", true, loader);
			Class.forName("org.cxspec.parser.antlr.internal.InternalCxspecLexer", true, loader);
		} catch (ClassNotFoundException generatedWithTheLanguage) {
			throw new IllegalStateException(generatedWithTheLanguage);
		}
	}

	private static Executor daemon() {
		return task -> {
			Thread thread = new Thread(task, "cxspec-setup");
			thread.setDaemon(true);
			thread.start();
		};
	}
}
