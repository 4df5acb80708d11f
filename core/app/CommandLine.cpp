#include "app/CommandLine.h"

#include <QCommandLineParser>

CommandLineRequest CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("ChannelDesk: leads and channel partners, on your desktop."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       tr("Open the workspace file PATH."), tr("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Write a new demo workspace to PATH and exit. An existing "
                                     "file is never overwritten."),
                                  tr("PATH"));
    const QCommandLineOption activate(QStringLiteral("activate"),
                                      tr("Open the invitation LINK to accept it (in the given or "
                                         "last workspace)."),
                                      tr("LINK"));
    const QCommandLineOption leads(QStringLiteral("leads"),
                                   tr("With --demo: add N generated leads."), tr("N"));
    const QCommandLineOption partners(QStringLiteral("partners"),
                                      tr("With --demo: add M generated partners."), tr("M"));
    parser.addOptions({help, version, workspace, demo, activate, leads, partners});

    CommandLineRequest request;
    if (!parser.parse(arguments)) {
        request.action = CommandLineRequest::Action::Fail;
        request.text = parser.errorText();
        return request;
    }
    if (parser.isSet(help)) {
        request.action = CommandLineRequest::Action::ShowHelp;
        request.text = parser.helpText();
        return request;
    }
    if (parser.isSet(version)) {
        request.action = CommandLineRequest::Action::ShowVersion;
        request.text = QStringLiteral("channeldesk %1").arg(QStringLiteral(CHANNELDESK_VERSION));
        return request;
    }
    auto fail = [&request](const QString& message) {
        request.action = CommandLineRequest::Action::Fail;
        request.text = message;
        return request;
    };
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    if (parser.values(workspace).size() > 1 || parser.values(demo).size() > 1)
        return fail(tr("Give --workspace and --demo at most once each."));
    if (parser.isSet(demo) && parser.isSet(workspace))
        return fail(tr("--demo and --workspace cannot be used together."));
    if (parser.isSet(demo) && parser.isSet(activate))
        return fail(tr("--demo and --activate cannot be used together."));
    if (parser.isSet(activate)) {
        request.activationLink = parser.value(activate).trimmed();
        if (request.activationLink.isEmpty())
            return fail(tr("--activate needs the activation link."));
    }
    if ((parser.isSet(leads) || parser.isSet(partners)) && !parser.isSet(demo))
        return fail(tr("--leads and --partners go with --demo."));
    for (const auto& [option, target] : {std::pair{&leads, &request.demoLeads},
                                         std::pair{&partners, &request.demoPartners}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 0)
            return fail(tr("--%1 needs a whole number of 0 or more.").arg(option->names().first()));
    }
    if (parser.isSet(demo)) {
        request.demoPath = parser.value(demo);
        if (request.demoPath.trimmed().isEmpty())
            return fail(tr("--demo needs a file path."));
        request.action = CommandLineRequest::Action::WriteDemo;
        return request;
    }
    if (parser.isSet(workspace)) {
        request.workspacePath = parser.value(workspace);
        if (request.workspacePath.trimmed().isEmpty())
            return fail(tr("--workspace needs a file path."));
    }
    return request;
}
