# Generated from forms/restore_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(680, 420)
        self.mainLayout = QVBoxLayout(RestoreDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderCaption = QLabel(RestoreDialog)
        self.folderCaption.setObjectName(u"folderCaption")

        self.folderLayout.addWidget(self.folderCaption)

        self.folderEdit = QLineEdit(RestoreDialog)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setReadOnly(True)

        self.folderLayout.addWidget(self.folderEdit)

        self.folderButton = QPushButton(RestoreDialog)
        self.folderButton.setObjectName(u"folderButton")

        self.folderLayout.addWidget(self.folderButton)

        self.defaultFolderButton = QPushButton(RestoreDialog)
        self.defaultFolderButton.setObjectName(u"defaultFolderButton")

        self.folderLayout.addWidget(self.defaultFolderButton)


        self.mainLayout.addLayout(self.folderLayout)

        self.backupTable = QTableWidget(RestoreDialog)
        if (self.backupTable.columnCount() < 4):
            self.backupTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupTable.setColumnCount(4)

        self.mainLayout.addWidget(self.backupTable)

        self.statusLabel = QLabel(RestoreDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.backupNowButton = QPushButton(RestoreDialog)
        self.backupNowButton.setObjectName(u"backupNowButton")

        self.buttonLayout.addWidget(self.backupNowButton)

        self.restoreButton = QPushButton(RestoreDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonLayout.addWidget(self.restoreButton)

        self.otherFileButton = QPushButton(RestoreDialog)
        self.otherFileButton.setObjectName(u"otherFileButton")

        self.buttonLayout.addWidget(self.otherFileButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.folderCaption.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backupTable, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.backupNowButton)
        QWidget.setTabOrder(self.backupNowButton, self.otherFileButton)
        QWidget.setTabOrder(self.otherFileButton, self.folderButton)
        QWidget.setTabOrder(self.folderButton, self.defaultFolderButton)

        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreDialog", u"\u6bcf\u5929\u7b2c\u4e00\u6b21\u9000\u51fa\u7a0b\u5e8f\u65f6\u81ea\u52a8\u5907\u4efd\u6570\u636e\u5e93\uff08\u7ecf\u5b8c\u6574\u6027\u68c0\u67e5\u540e\u624d\u4fdd\u5b58\uff1b\u4fdd\u7559\u6700\u8fd17\u5929\u30014\u5468\u300112\u4e2a\u6708\u7684\u5907\u4efd\uff09\u3002\u5907\u4efd\u6587\u4ef6\u5939\u53ef\u8bbe\u5728\u53e6\u4e00\u5757\u786c\u76d8\u6216U\u76d8\u4e0a\u3002", None))
        self.folderCaption.setText(QCoreApplication.translate("RestoreDialog", u"\u5907\u4efd\u6587\u4ef6\u5939(&F)\uff1a", None))
        self.folderButton.setText(QCoreApplication.translate("RestoreDialog", u"\u66f4\u6539(&C)\u2026", None))
        self.defaultFolderButton.setText(QCoreApplication.translate("RestoreDialog", u"\u6062\u590d\u9ed8\u8ba4(&D)", None))
        ___qtablewidgetitem = self.backupTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RestoreDialog", u"\u5907\u4efd\u65f6\u95f4", None))
        ___qtablewidgetitem1 = self.backupTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RestoreDialog", u"\u7c7b\u578b", None))
        ___qtablewidgetitem2 = self.backupTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RestoreDialog", u"\u5927\u5c0f", None))
        ___qtablewidgetitem3 = self.backupTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RestoreDialog", u"\u6587\u4ef6", None))
        self.statusLabel.setText("")
        self.backupNowButton.setText(QCoreApplication.translate("RestoreDialog", u"\u7acb\u5373\u5907\u4efd(&B)", None))
        self.restoreButton.setText(QCoreApplication.translate("RestoreDialog", u"\u4ece\u6240\u9009\u5907\u4efd\u6062\u590d(&R)\u2026", None))
        self.otherFileButton.setText(QCoreApplication.translate("RestoreDialog", u"\u4ece\u5176\u4ed6\u6587\u4ef6\u6062\u590d(&O)\u2026", None))
    # retranslateUi
