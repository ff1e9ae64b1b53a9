-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Department" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Territory" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "leadRegionCode" TEXT NOT NULL,
    "announcedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Territory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TerritoryRegion" (
    "territoryId" UUID NOT NULL,
    "regionCode" TEXT NOT NULL,

    CONSTRAINT "TerritoryRegion_pkey" PRIMARY KEY ("territoryId","regionCode")
);

-- CreateTable
CREATE TABLE "Epci" (
    "siren" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "population" INTEGER NOT NULL,

    CONSTRAINT "Epci_pkey" PRIMARY KEY ("siren")
);

-- CreateTable
CREATE TABLE "EpciDepartment" (
    "epciSiren" TEXT NOT NULL,
    "departmentCode" TEXT NOT NULL,

    CONSTRAINT "EpciDepartment_pkey" PRIMARY KEY ("epciSiren","departmentCode")
);

-- CreateTable
CREATE TABLE "Intercommunality" (
    "id" UUID NOT NULL,
    "historicalName" TEXT NOT NULL,
    "epciSiren" TEXT NOT NULL,

    CONSTRAINT "Intercommunality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TerritoryIntercommunality" (
    "territoryId" UUID NOT NULL,
    "intercommunalityId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TerritoryIntercommunality_pkey" PRIMARY KEY ("territoryId","intercommunalityId")
);

-- CreateTable
CREATE TABLE "Lever" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Lever_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeverSubTheme" (
    "id" UUID NOT NULL,
    "leverId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "LeverSubTheme_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_name_key" ON "Region"("name");

-- CreateIndex
CREATE INDEX "Department_regionCode_idx" ON "Department"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Territory_slug_key" ON "Territory"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Territory_name_key" ON "Territory"("name");

-- CreateIndex
CREATE INDEX "Territory_leadRegionCode_idx" ON "Territory"("leadRegionCode");

-- CreateIndex
CREATE INDEX "TerritoryRegion_regionCode_idx" ON "TerritoryRegion"("regionCode");

-- CreateIndex
CREATE INDEX "EpciDepartment_departmentCode_idx" ON "EpciDepartment"("departmentCode");

-- CreateIndex
CREATE UNIQUE INDEX "Intercommunality_historicalName_key" ON "Intercommunality"("historicalName");

-- CreateIndex
CREATE INDEX "Intercommunality_epciSiren_idx" ON "Intercommunality"("epciSiren");

-- CreateIndex
CREATE INDEX "TerritoryIntercommunality_intercommunalityId_idx" ON "TerritoryIntercommunality"("intercommunalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Lever_code_key" ON "Lever"("code");

-- CreateIndex
CREATE UNIQUE INDEX "LeverSubTheme_code_key" ON "LeverSubTheme"("code");

-- CreateIndex
CREATE INDEX "LeverSubTheme_leverId_idx" ON "LeverSubTheme"("leverId");

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_leadRegionCode_fkey" FOREIGN KEY ("leadRegionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryRegion" ADD CONSTRAINT "TerritoryRegion_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryRegion" ADD CONSTRAINT "TerritoryRegion_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EpciDepartment" ADD CONSTRAINT "EpciDepartment_epciSiren_fkey" FOREIGN KEY ("epciSiren") REFERENCES "Epci"("siren") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EpciDepartment" ADD CONSTRAINT "EpciDepartment_departmentCode_fkey" FOREIGN KEY ("departmentCode") REFERENCES "Department"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intercommunality" ADD CONSTRAINT "Intercommunality_epciSiren_fkey" FOREIGN KEY ("epciSiren") REFERENCES "Epci"("siren") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryIntercommunality" ADD CONSTRAINT "TerritoryIntercommunality_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryIntercommunality" ADD CONSTRAINT "TerritoryIntercommunality_intercommunalityId_fkey" FOREIGN KEY ("intercommunalityId") REFERENCES "Intercommunality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeverSubTheme" ADD CONSTRAINT "LeverSubTheme_leverId_fkey" FOREIGN KEY ("leverId") REFERENCES "Lever"("id") ON DELETE CASCADE ON UPDATE CASCADE;
