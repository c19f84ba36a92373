/**
 * Event intake and the event log: receivers (syslog UDP/TCP, HTTP JSON lines), parsers into ECS-named fields, a
 * dead-letter table for what no parser understands, and consumers that read the log from a checkpoint.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Streams",
        allowedDependencies = {"access", "dashboard", "platform"})
package vn.tinhso.streams;
