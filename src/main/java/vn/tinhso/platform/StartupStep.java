package vn.tinhso.platform;

/**
 * Work a module does once the application has started (load reference data, fail interrupted jobs, build the demo).
 * Steps run one after another, modules in dependency order: a module's steps find the data of the modules it uses.
 */
public interface StartupStep {

    void run() throws Exception;
}
