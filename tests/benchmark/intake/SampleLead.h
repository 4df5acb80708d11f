#pragma once

#include <QJsonObject>

/// The leads intake_benchmark writes: valid on the demo workspace for Mighty Mick's, the same
/// object for the same client and index whether it goes through HTTP or through core.
class SampleLead {
public:
    static QJsonObject make(int client, int index);
};
