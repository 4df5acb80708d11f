#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// What the command line asks the program to do.
struct CommandLineRequest {
    enum class Action { OpenWindow, WriteDemo, ShowVersion, ShowHelp, Fail };
    Action action = Action::OpenWindow;
    QString workspacePath; ///< --workspace, empty for the last or default workspace
    QString demoPath;      ///< --demo
    QString activationLink; ///< --activate: opens the invitation in the window
    int demoLeads = 0;      ///< --leads: extra leads in the demo
    int demoPartners = 0;   ///< --partners: extra partners in the demo
    QString text;          ///< help text, version line or error message
};

/// Parses the arguments (argv[0] first) with QCommandLineParser, without needing an application
/// object, so the caller can decide between a window and a console-only run.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static CommandLineRequest parse(const QStringList& arguments);
};
