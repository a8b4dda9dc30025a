# Generated from forms/training_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_TrainingDialog(object):
    def setupUi(self, TrainingDialog):
        if not TrainingDialog.objectName():
            TrainingDialog.setObjectName(u"TrainingDialog")
        TrainingDialog.resize(640, 600)
        self.mainLayout = QVBoxLayout(TrainingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(TrainingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(TrainingDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.industryLabel = QLabel(TrainingDialog)
        self.industryLabel.setObjectName(u"industryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.industryLabel)

        self.industryCombo = QComboBox(TrainingDialog)
        self.industryCombo.setObjectName(u"industryCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.industryCombo)

        self.topicLabel = QLabel(TrainingDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicEdit = QLineEdit(TrainingDialog)
        self.topicEdit.setObjectName(u"topicEdit")
        self.topicEdit.setMaxLength(256)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.placeLabel = QLabel(TrainingDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(TrainingDialog)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(128)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.trainerLabel = QLabel(TrainingDialog)
        self.trainerLabel.setObjectName(u"trainerLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.trainerLabel)

        self.trainerEdit = QLineEdit(TrainingDialog)
        self.trainerEdit.setObjectName(u"trainerEdit")
        self.trainerEdit.setMaxLength(64)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.trainerEdit)

        self.peopleLabel = QLabel(TrainingDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peopleSpin = QSpinBox(TrainingDialog)
        self.peopleSpin.setObjectName(u"peopleSpin")
        self.peopleSpin.setMaximum(100000)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.peopleSpin)

        self.materialsLabel = QLabel(TrainingDialog)
        self.materialsLabel.setObjectName(u"materialsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.materialsLabel)

        self.materialsEdit = QLineEdit(TrainingDialog)
        self.materialsEdit.setObjectName(u"materialsEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.materialsEdit)

        self.materialsPathLabel = QLabel(TrainingDialog)
        self.materialsPathLabel.setObjectName(u"materialsPathLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.materialsPathLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.materialsPathEdit = QLineEdit(TrainingDialog)
        self.materialsPathEdit.setObjectName(u"materialsPathEdit")
        self.materialsPathEdit.setMaxLength(512)

        self.pathLayout.addWidget(self.materialsPathEdit)

        self.browseButton = QPushButton(TrainingDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.pathLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.attendanceBox = QGroupBox(TrainingDialog)
        self.attendanceBox.setObjectName(u"attendanceBox")
        self.attendanceLayout = QVBoxLayout(self.attendanceBox)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.pickLayout = QHBoxLayout()
        self.pickLayout.setObjectName(u"pickLayout")
        self.enterpriseEdit = QLineEdit(self.attendanceBox)
        self.enterpriseEdit.setObjectName(u"enterpriseEdit")

        self.pickLayout.addWidget(self.enterpriseEdit)

        self.enterprisePeopleSpin = QSpinBox(self.attendanceBox)
        self.enterprisePeopleSpin.setObjectName(u"enterprisePeopleSpin")
        self.enterprisePeopleSpin.setMinimum(1)
        self.enterprisePeopleSpin.setMaximum(100000)

        self.pickLayout.addWidget(self.enterprisePeopleSpin)

        self.addEnterpriseButton = QPushButton(self.attendanceBox)
        self.addEnterpriseButton.setObjectName(u"addEnterpriseButton")

        self.pickLayout.addWidget(self.addEnterpriseButton)


        self.attendanceLayout.addLayout(self.pickLayout)

        self.enterpriseHint = QLabel(self.attendanceBox)
        self.enterpriseHint.setObjectName(u"enterpriseHint")

        self.attendanceLayout.addWidget(self.enterpriseHint)

        self.attendanceTable = QTableWidget(self.attendanceBox)
        if (self.attendanceTable.columnCount() < 3):
            self.attendanceTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.attendanceTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.attendanceTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.attendanceTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.attendanceTable.setObjectName(u"attendanceTable")
        self.attendanceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendanceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendanceTable.setColumnCount(3)

        self.attendanceLayout.addWidget(self.attendanceTable)

        self.removeLayout = QHBoxLayout()
        self.removeLayout.setObjectName(u"removeLayout")
        self.attendanceSum = QLabel(self.attendanceBox)
        self.attendanceSum.setObjectName(u"attendanceSum")

        self.removeLayout.addWidget(self.attendanceSum)

        self.removeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removeLayout.addItem(self.removeSpacer)

        self.removeEnterpriseButton = QPushButton(self.attendanceBox)
        self.removeEnterpriseButton.setObjectName(u"removeEnterpriseButton")

        self.removeLayout.addWidget(self.removeEnterpriseButton)


        self.attendanceLayout.addLayout(self.removeLayout)


        self.mainLayout.addWidget(self.attendanceBox)

        self.buttonBox = QDialogButtonBox(TrainingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.industryLabel.setBuddy(self.industryCombo)
        self.topicLabel.setBuddy(self.topicEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.trainerLabel.setBuddy(self.trainerEdit)
        self.peopleLabel.setBuddy(self.peopleSpin)
        self.materialsLabel.setBuddy(self.materialsEdit)
        self.materialsPathLabel.setBuddy(self.materialsPathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.industryCombo)
        QWidget.setTabOrder(self.industryCombo, self.topicEdit)
        QWidget.setTabOrder(self.topicEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.trainerEdit)
        QWidget.setTabOrder(self.trainerEdit, self.peopleSpin)
        QWidget.setTabOrder(self.peopleSpin, self.materialsEdit)
        QWidget.setTabOrder(self.materialsEdit, self.materialsPathEdit)
        QWidget.setTabOrder(self.materialsPathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.enterpriseEdit)
        QWidget.setTabOrder(self.enterpriseEdit, self.enterprisePeopleSpin)
        QWidget.setTabOrder(self.enterprisePeopleSpin, self.addEnterpriseButton)
        QWidget.setTabOrder(self.addEnterpriseButton, self.attendanceTable)
        QWidget.setTabOrder(self.attendanceTable, self.removeEnterpriseButton)

        self.retranslateUi(TrainingDialog)

        QMetaObject.connectSlotsByName(TrainingDialog)
    # setupUi

    def retranslateUi(self, TrainingDialog):
        TrainingDialog.setWindowTitle(QCoreApplication.translate("TrainingDialog", u"\u767b\u8bb0\u9884\u9632\u57f9\u8bad", None))
        self.dateLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u57f9\u8bad\u65e5\u671f(&D)*", None))
        self.industryLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u57f9\u8bad\u884c\u4e1a(&I)*", None))
        self.topicLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u57f9\u8bad\u4e3b\u9898(&T)*", None))
        self.placeLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u57f9\u8bad\u5730\u70b9(&P)*", None))
        self.trainerLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u6388\u8bfe\u4eba(&R)*", None))
        self.peopleLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u53c2\u8bad\u603b\u4eba\u6570(&N)", None))
        self.peopleSpin.setSpecialValueText(QCoreApplication.translate("TrainingDialog", u"\u6309\u53c2\u8bad\u4f01\u4e1a\u4eba\u6570\u5408\u8ba1", None))
        self.materialsLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u57f9\u8bad\u8d44\u6599(&M)", None))
        self.materialsEdit.setPlaceholderText(QCoreApplication.translate("TrainingDialog", u"\u5982\uff1a\u8bfe\u4ef6\u3001\u7b7e\u5230\u8868\u3001\u73b0\u573a\u7167\u7247", None))
        self.materialsPathLabel.setText(QCoreApplication.translate("TrainingDialog", u"\u8d44\u6599\u5b58\u653e\u4f4d\u7f6e(&L)", None))
        self.browseButton.setText(QCoreApplication.translate("TrainingDialog", u"\u9009\u62e9(&B)\u2026", None))
        self.attendanceBox.setTitle(QCoreApplication.translate("TrainingDialog", u"\u53c2\u8bad\u4f01\u4e1a\uff08\u4ece\u4f01\u4e1a\u540d\u5355\u4e2d\u9009\u62e9\uff09", None))
        self.enterpriseEdit.setPlaceholderText(QCoreApplication.translate("TrainingDialog", u"\u8f93\u5165\u4fe1\u7528\u4ee3\u7801\u6216\u4f01\u4e1a\u540d\u79f0\u7684\u4e00\u90e8\u5206\uff0c\u4ece\u5217\u8868\u4e2d\u9009\u62e9", None))
        self.enterprisePeopleSpin.setSuffix(QCoreApplication.translate("TrainingDialog", u" \u4eba", None))
        self.addEnterpriseButton.setText(QCoreApplication.translate("TrainingDialog", u"\u52a0\u5165(&A)", None))
        self.enterpriseHint.setText("")
        ___qtablewidgetitem = self.attendanceTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TrainingDialog", u"\u4f01\u4e1a\u540d\u79f0", None))
        ___qtablewidgetitem1 = self.attendanceTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TrainingDialog", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801", None))
        ___qtablewidgetitem2 = self.attendanceTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TrainingDialog", u"\u4eba\u6570", None))
        self.attendanceSum.setText("")
        self.removeEnterpriseButton.setText(QCoreApplication.translate("TrainingDialog", u"\u79fb\u9664\u6240\u9009\u4f01\u4e1a(&X)", None))
    # retranslateUi
