#include "Directory.h"

#include "core/IdFactory.h"
#include "core/Rng.h"

namespace dataarts::sandbox {

Directory::Directory(Rng &rng, IdFactory &ids, qint64 seedEpochMs)
{
    accountId = QString::fromLatin1(rng.hex32());
    project = {QString::fromLatin1(rng.hex32()), QStringLiteral("cn-north-4")};
    projects = {project,
                {QString::fromLatin1(rng.hex32()), QStringLiteral("cn-east-3")},
                {QString::fromLatin1(rng.hex32()), QStringLiteral("ap-southeast-1")},
                {QString::fromLatin1(rng.hex32()), QStringLiteral("MOS")}};

    Instance main;
    main.id = QString::fromLatin1(rng.hex32());
    main.name = QStringLiteral("DataArts-Sandbox");
    main.orderId = QStringLiteral("CS2403%1").arg(rng.range(10000000, 99999999));
    main.workspaces = {
        {QString::fromLatin1(rng.hex32()), QStringLiteral("默认工作空间"),
         QStringLiteral("Seeded workspace with the sandbox data"), true, true},
        {QString::fromLatin1(rng.hex32()), QStringLiteral("dev_workspace"),
         QStringLiteral("开发测试空间（无数据）"), false, false},
    };
    instances.append(main);

    const auto model = [&](const QString &name, const QString &nameEn, const QString &type,
                           const QString &dwType, bool physical, const QString &description) {
        Model m;
        m.id = ids.nextShort();
        m.name = name;
        m.nameEn = nameEn;
        m.type = type;
        m.dwType = dwType;
        m.physical = physical;
        m.description = description;
        m.createBy = QStringLiteral("sandbox_admin");
        m.createMs = seedEpochMs - 400LL * 86400 * 1000 + models.size() * 86400LL * 1000;
        models.append(m);
    };
    const QString thirdNf = QStringLiteral("THIRD_NF");
    model(QStringLiteral("零售业务逻辑模型"), QStringLiteral("retail_logical_model"), thirdNf,
          QStringLiteral("UNSPECIFIED"), false, QStringLiteral("关系建模：逻辑实体"));
    model(QStringLiteral("零售数仓物理模型"), QStringLiteral("retail_dw_dli"), thirdNf,
          QStringLiteral("DLI"), true, QStringLiteral("Physical tables on DLI"));
    model(QStringLiteral("财务数仓物理模型"), QStringLiteral("finance_dw_dws"), thirdNf,
          QStringLiteral("DWS"), true, QStringLiteral("财务域物理表（DWS）"));
    model(QStringLiteral("Marketing Lakehouse"), QStringLiteral("marketing_lakehouse_hive"),
          thirdNf, QStringLiteral("MRS_HIVE"), true,
          QStringLiteral("Marketing tables on MRS Hive"));
    model(QStringLiteral("维度建模"), QStringLiteral("dimensional_model"),
          QStringLiteral("DIMENSION"), QStringLiteral("DLI"), true,
          QStringLiteral("维度、事实与汇总表"));
}

const Workspace *Directory::findWorkspace(const QString &id) const
{
    for (const Instance &instance : instances) {
        for (const Workspace &w : instance.workspaces) {
            if (w.id == id)
                return &w;
        }
    }
    return nullptr;
}

const Instance *Directory::findInstance(const QString &id) const
{
    for (const Instance &instance : instances) {
        if (instance.id == id)
            return &instance;
    }
    return nullptr;
}

const Model *Directory::findModel(qint64 id) const
{
    for (const Model &m : models) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

} // namespace dataarts::sandbox
